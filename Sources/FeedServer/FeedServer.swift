public import Foundation
import Hummingbird
import Logging
import NIOConcurrencyHelpers
import NIOCore
import ServiceLifecycle

/// `feedwright serve`: the output directory over HTTP (ETags, 304, gzip, no path
/// escape), `/healthz` and `/metrics`, and optionally a build every so often, until
/// SIGTERM or SIGINT.
public struct FeedServer: Sendable {
    /// Where to listen, what to serve, and what to build.
    public struct Configuration: Sendable {
        /// The address to listen on; `127.0.0.1` unless the site should be reachable from
        /// other machines.
        public var host: String
        /// The port; 0 lets the system choose one (``FeedServer/run(onListening:)`` tells it).
        public var port: Int
        /// The output directory; it must exist.
        public var directory: URL
        /// The feeds' file names, which get the feed media types.
        public var rssFileName: String
        /// The Atom feed's file name.
        public var atomFileName: String
        /// The JSON Feed's file name.
        public var jsonFileName: String
        /// How often to run `build`; `nil`: never, the files are someone else's (cron's).
        public var buildInterval: Duration?
        /// The build to run every ``buildInterval``.
        public var build: ServerBuild?

        /// Settings serving `directory` on `host`:`port`, building nothing.
        public init(
            host: String, port: Int, directory: URL, rssFileName: String, atomFileName: String,
            jsonFileName: String, buildInterval: Duration? = nil, build: ServerBuild? = nil
        ) {
            self.host = host
            self.port = port
            self.directory = directory
            self.rssFileName = rssFileName
            self.atomFileName = atomFileName
            self.jsonFileName = jsonFileName
            self.buildInterval = buildInterval
            self.build = build
        }
    }

    private let configuration: Configuration
    private let root: String
    private let logger: Logger

    /// A server for `configuration`, logging (requests, builds, start and stop) on stderr;
    /// fails when the output directory is missing.
    public init(configuration: Configuration) throws(FeedServerError) {
        var isDirectory: ObjCBool = false
        let path = configuration.directory.path
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue,
            let root = ServedPath.realPath(path)
        else { throw .missingDirectory(path) }
        self.configuration = configuration
        // Without its trailing slash, so that the root itself compares equal.
        self.root = root == "/" ? "" : root
        self.logger = Logger(
            label: "feedwright.serve", factory: { StreamLogHandler.standardError(label: $0) })
    }

    /// Serves until SIGTERM or SIGINT, then returns once requests in flight and a running
    /// build are done. `onListening` gets the port once the server accepts connections.
    public func run(onListening: @escaping @Sendable (Int) async -> Void) async throws(FeedServerError) {
        let metrics = ServerMetrics()
        let responder = FileResponder(
            root: root,
            mediaTypes: MediaTypes(
                rss: configuration.rssFileName, atom: configuration.atomFileName,
                json: configuration.jsonFileName),
            cache: FileCache(), metrics: metrics, logger: logger)
        let listening = NIOLockedValueBox(false)
        let requestedPort = configuration.port
        let application = Application(
            responder: responder,
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in
                listening.withLockedValue { $0 = true }
                await onListening(channel.localAddress?.port ?? requestedPort)
            },
            logger: logger)
        var services: [any Service] = [application]
        if let interval = configuration.buildInterval, let build = configuration.build {
            // Last in the list, so a graceful shutdown ends it first, while the server
            // still answers.
            services.append(BuildLoop(interval: interval, build: build, metrics: metrics, logger: logger))
        }
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: services.map { ServiceGroupConfiguration.ServiceConfiguration(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch {
            guard listening.withLockedValue({ $0 }) else {
                throw .cannotListen(host: configuration.host, port: configuration.port, reason: "\(error)")
            }
            throw .failed("\(error)")
        }
    }
}

/// Why `serve` could not start or stopped early.
public enum FeedServerError: Error, CustomStringConvertible {
    /// The output directory does not exist (or is not a directory).
    case missingDirectory(String)
    /// The address could not be bound: the port is taken, or the host is not ours.
    case cannotListen(host: String, port: Int, reason: String)
    /// The server failed while running.
    case failed(String)

    /// One line naming the directory or address and what to do.
    public var description: String {
        switch self {
        case .missingDirectory(let path):
            "\(path): the output directory does not exist; run `feedwright build` first, or check output.directory in config.json"
        case .cannotListen(let host, let port, let reason):
            "cannot listen on \(host):\(port) (\(reason)); is another server using the port? Choose another with --port"
        case .failed(let reason):
            "the server stopped: \(reason)"
        }
    }
}
