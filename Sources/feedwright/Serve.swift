import ArgumentParser
import FeedServer
import FeedwrightKit
import Foundation

extension Feedwright {
    /// The output directory over HTTP for a browser or a feed reader, optionally rebuilt
    /// every so often.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Serve the output directory over HTTP (and optionally build every DURATION).",
            discussion: """
                Prints one line on stdout once listening, then an access log on stderr. \
                SIGTERM or SIGINT stops it gracefully (a running build finishes first). \
                Exit status: 0 after SIGTERM or SIGINT; 1 when the config is invalid, the output \
                directory is missing or the address cannot be bound.
                """)

        @Option(name: .shortAndLong, help: "The configuration file.")
        var config: String = "config.json"

        @Option(help: "The address to listen on.")
        var host = "127.0.0.1"

        @Option(help: "The port to listen on (0: any free port, printed once listening).")
        var port = 8080

        @Option(
            help: ArgumentHelp(
                "Build at start and then every DURATION, under cron's build lock.",
                discussion: "DURATION as in config.json: 30m, 1h30m, 2h (units s, m, h, d, w).",
                valueName: "duration"))
        var buildEvery: String?

        func validate() throws {
            guard (0...65535).contains(port) else {
                throw ValidationError("--port must be 0 to 65535, not \(port)")
            }
            if let buildEvery, InProcessBuild.interval(buildEvery) == nil {
                throw ValidationError(
                    "--build-every: expected \(InProcessBuild.intervalSyntax), found \"\(buildEvery)\"")
            }
        }

        func run() async throws {
            let file = URL(fileURLWithPath: config)
            let loaded: FeedwrightConfig
            do {
                loaded = try ConfigLoader.load(from: file)
            } catch {
                throw Console.failure(error.description)
            }
            let build = InProcessBuild(configFile: file)
            let output = loaded.output
            let settings = FeedServer.Configuration(
                host: host, port: port, directory: output.directory, rssFileName: output.rssFileName,
                atomFileName: output.atomFileName, jsonFileName: output.jsonFileName,
                buildInterval: buildEvery.flatMap(InProcessBuild.interval), build: { await build.run() })
            let host = host
            do {
                try await FeedServer(configuration: settings).run { port in
                    let shown = host.contains(":") ? "[\(host)]" : host
                    // Unbuffered: scripts and tests wait for this line before connecting.
                    try? FileHandle.standardOutput.write(
                        contentsOf: Data("Serving feeds at http://\(shown):\(port)/\n".utf8))
                }
            } catch {
                throw Console.failure(error.description)
            }
        }
    }
}
