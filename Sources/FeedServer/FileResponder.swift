import Hummingbird
import Logging

/// Answers every request: the files of the output directory, `/healthz` and `/metrics`,
/// with one access-log line each.
struct FileResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let root: String
    let mediaTypes: MediaTypes
    let cache: FileCache
    let metrics: ServerMetrics
    let logger: Logger

    func respond(to request: Request, context: Context) async throws -> Response {
        let started = ContinuousClock.now
        let target = request.head.path ?? ""
        let response = answer(request, target: target)
        metrics.countRequest(status: response.status.code)
        logger.info(
            "\(request.method) \(target) \(response.status.code) \(response.body.contentLength ?? 0) \(Self.milliseconds(since: started))ms"
        )
        return response
    }

    private func answer(_ request: Request, target: String) -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.plain(.methodNotAllowed, extra: [.allow: "GET, HEAD"])
        }
        let head = request.method == .head
        switch target {
        case "/healthz":
            return Self.generated(metrics.health(), type: "application/json; charset=utf-8", head: head)
        case "/metrics":
            return Self.generated(
                metrics.exposition(), type: "text/plain; version=0.0.4; charset=utf-8", head: head)
        default:
            return serveFile(request, target: target, head: head)
        }
    }

    private func serveFile(_ request: Request, target: String, head: Bool) -> Response {
        switch ServedPath.resolve(target, root: root) {
        case .badRequest:
            return Self.plain(.badRequest)
        case .notFound:
            return Self.plain(.notFound)
        case .redirect(let location):
            return Self.plain(.movedPermanently, extra: [.location: location])
        case .file(let realPath, let relative):
            guard let file = cache.file(at: realPath, mediaType: mediaTypes.type(of: relative)) else {
                return Self.plain(.notFound)
            }
            return FileAnswer(file: file, request: request.headers, head: head).response()
        }
    }

    /// A small text answer for errors and redirects.
    private static func plain(_ status: HTTPResponse.Status, extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(
            status: status, headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(string: "\(status.code) \(status.reasonPhrase)\n")))
    }

    /// `/healthz` and `/metrics`: made for each request, never cached by clients.
    private static func generated(_ bytes: [UInt8], type: String, head: Bool) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-store"]
        headers[.contentLength] = String(bytes.count)
        return Response(
            status: .ok, headers: headers,
            body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> String {
        let elapsed = (ContinuousClock.now - start).components
        let micros = elapsed.seconds * 1_000_000 + elapsed.attoseconds / 1_000_000_000_000
        return
            "\(micros / 1000).\(String(repeating: "0", count: 3 - String(micros % 1000).count))\(micros % 1000)"
    }
}
