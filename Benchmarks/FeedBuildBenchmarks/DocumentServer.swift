import NIOCore
import NIOHTTP1
import NIOPosix

/// An HTTP/1.1 server on 127.0.0.1 that serves fixed documents by path, in this process,
/// so that the build benchmark times real exchanges over loopback: connections, headers,
/// bodies and conditional GET.
final class DocumentServer: Sendable {
    let port: Int
    private let channel: any Channel
    private let group: MultiThreadedEventLoopGroup

    private init(port: Int, channel: any Channel, group: MultiThreadedEventLoopGroup) {
        self.port = port
        self.channel = channel
        self.group = group
    }

    /// Starts serving `documents` (path → body) on a free port. Each document's ETag is
    /// fixed, so a client that sends it back gets `304 Not Modified`.
    static func start(documents: [String: [UInt8]]) async throws -> DocumentServer {
        let library = DocumentLibrary(documents)
        // One thread: the server's share of the machine stays small and the same every run.
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(DocumentHandler(library: library))
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        guard let port = channel.localAddress?.port else { throw ServerError.noPort }
        return DocumentServer(port: port, channel: channel, group: group)
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    func shutdown() async throws {
        try await channel.close()
        try await group.shutdownGracefully()
    }

    enum ServerError: Error {
        case noPort
    }
}

/// The documents, as buffers ready to send, with their validators.
private struct DocumentLibrary: Sendable {
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

    subscript(path: String) -> Document? { documents[path] }
}

/// Answers each request from the library: 200 with the body, 304 when the client already
/// has it, 404 for any other path.
private final class DocumentHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let library: DocumentLibrary
    private var request: HTTPRequestHead?

    init(library: DocumentLibrary) {
        self.library = library
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
        if let document = library[request.uri] {
            headers.add(name: "ETag", value: document.etag)
            if request.headers["If-None-Match"].contains(document.etag) {
                status = .notModified
            } else {
                status = .ok
                headers.add(name: "Content-Type", value: "application/rss+xml; charset=utf-8")
                body = document.body
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
