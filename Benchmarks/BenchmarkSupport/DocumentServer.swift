public import NIOCore
import NIOHTTP1
import NIOPosix

/// What a ``DocumentServer`` serves: a validator and a body for each path it knows.
///
/// The validator is asked first, so that a `304 Not Modified` never makes the body: a
/// server for 100,000 generated feeds then holds none of them.
public protocol ServedDocuments: Sendable {
    /// The document's current ETag (quoted), or `nil` when there is no document at `path`.
    func etag(for path: String) -> String?
    /// The document's body; called only after ``etag(for:)`` found it.
    func body(for path: String) -> ByteBuffer
}

/// An HTTP/1.1 server on 127.0.0.1 that serves documents by path, in this process, so that
/// the build benchmarks time real exchanges over loopback: connections, headers, bodies
/// and conditional GET.
public final class DocumentServer: Sendable {
    public let port: Int
    private let channel: any Channel
    private let group: MultiThreadedEventLoopGroup

    private init(port: Int, channel: any Channel, group: MultiThreadedEventLoopGroup) {
        self.port = port
        self.channel = channel
        self.group = group
    }

    /// Starts serving `documents` (path → body) on a free port. Each document's ETag is
    /// fixed, so a client that sends it back gets `304 Not Modified`.
    public static func start(documents: [String: [UInt8]]) async throws -> DocumentServer {
        try await start(serving: FixedDocuments(documents))
    }

    /// Starts serving `documents` on a free port; a client that sends back the ETag the
    /// documents give for a path gets `304 Not Modified`.
    public static func start(serving documents: some ServedDocuments) async throws -> DocumentServer {
        // One thread: the server's share of the machine stays small and the same every run.
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(DocumentHandler(documents: documents))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        guard let port = channel.localAddress?.port else { throw ServerError.noPort }
        return DocumentServer(port: port, channel: channel, group: group)
    }

    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    public func shutdown() async throws {
        try await channel.close()
        try await group.shutdownGracefully()
    }

    public enum ServerError: Error {
        case noPort
    }
}

/// Fixed documents, as buffers ready to send, each with a validator that never changes.
private struct FixedDocuments: ServedDocuments {
    struct Document: Sendable {
        var body: ByteBuffer
        var etag: String
    }

    private var documents: [String: Document] = [:]

    init(_ bodies: [String: [UInt8]]) {
        for (index, (path, body)) in bodies.sorted(by: { $0.key < $1.key }).enumerated() {
            documents[path] = Document(body: ByteBuffer(bytes: body), etag: "\"v1-\(index)\"")
        }
    }

    func etag(for path: String) -> String? { documents[path]?.etag }

    func body(for path: String) -> ByteBuffer { documents[path]?.body ?? ByteBuffer() }
}

/// Answers each request from the documents: 200 with the body, 304 when the client already
/// has it, 404 for any other path.
private final class DocumentHandler<Documents: ServedDocuments>: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let documents: Documents
    private var request: HTTPRequestHead?

    init(documents: Documents) {
        self.documents = documents
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): request = head
        case .body: break
        case .end:
            if let request { respond(to: request, context: context) }
            request = nil
        }
    }

    private func respond(to request: HTTPRequestHead, context: ChannelHandlerContext) {
        var headers = HTTPHeaders()
        let status: HTTPResponseStatus
        var body: ByteBuffer?
        if let etag = documents.etag(for: request.uri) {
            headers.add(name: "ETag", value: etag)
            if request.headers["If-None-Match"].contains(etag) {
                status = .notModified
            } else {
                status = .ok
                headers.add(name: "Content-Type", value: "application/rss+xml; charset=utf-8")
                body = documents.body(for: request.uri)
            }
        } else {
            status = .notFound
        }
        if status != .notModified {
            headers.add(name: "Content-Length", value: String(body?.readableBytes ?? 0))
        }
        if !request.isKeepAlive { headers.add(name: "Connection", value: "close") }
        context.write(
            wrapOutboundOut(
                .head(HTTPResponseHead(version: request.version, status: status, headers: headers))),
            promise: nil)
        if let body { context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil) }
        let sent = context.eventLoop.makePromise(of: Void.self)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: sent)
        if !request.isKeepAlive {
            sent.futureResult.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        }
    }
}
