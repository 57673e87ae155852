import FeedFetch
import FeedState
import Foundation

/// Reads a source's document from its location: a local file, or HTTP with the validators
/// of the last run, honouring an earlier `Retry-After` and an earlier 410.
struct SourceReader: Sendable {
    var fetcher: Fetcher
    var timeout: Int
    var maxBytes: Int
    var now: Date

    func read(_ source: PartnerSource, record: SourceRecord?) async -> SourceFetchResult {
        let record = record?.url == source.location.display ? record : nil
        if let record, record.gone {
            return .gone("the server said 410 Gone on an earlier run; remove the source from config.json")
        }
        if let until = record?.nextFetchAfter, until > now { return .deferred(until: until) }
        switch source.location {
        case .file(let url): return readFile(url)
        case .http(let url): return await fetch(url, record: record)
        }
    }

    private func readFile(_ url: URL) -> SourceFetchResult {
        let path = url.path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return .failed("cannot read \(path): no such file")
        }
        if let size = attributes[.size] as? Int, size > maxBytes {
            return .failed("\(path) is larger than \(maxBytes) bytes")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return .failed("cannot read \(path): it is a directory, not a feed file")
        }
        guard let body = FileManager.default.contents(atPath: path) else {
            let reason =
                FileManager.default.isReadableFile(atPath: path) ? "the read failed" : "permission denied"
            return .failed("cannot read \(path): \(reason)")
        }
        return .document(SourceDocument(body: body, documentURL: nil))
    }

    private func fetch(_ url: URL, record: SourceRecord?) async -> SourceFetchResult {
        let request = FetchRequest(
            url: url.absoluteString, etag: record?.etag, lastModified: record?.lastModified, timeout: timeout,
            maxBytes: maxBytes)
        do {
            let response = try await fetcher.fetch(request)
            if response.isNotModified { return .notModified }
            return .document(
                SourceDocument(
                    body: response.body, documentURL: response.finalURL, charset: response.charset,
                    etag: response.etag, lastModified: response.lastModified,
                    movedTo: response.permanentURL))
        } catch {
            return Self.outcome(of: error, now: now)
        }
    }

    /// A server that asks us to slow down without saying for how long is left alone for
    /// an hour.
    static let defaultBackOff: TimeInterval = 3600

    static func outcome(of error: FetchError, now: Date) -> SourceFetchResult {
        let message = [error.description, error.advice].compactMap { $0 }.joined(separator: "; ")
        switch error {
        case .gone:
            return .gone(message)
        case .rateLimited(_, let wait):
            let seconds = wait.map { Double($0.components.seconds) } ?? defaultBackOff
            return .rateLimited(message, until: now.addingTimeInterval(max(seconds, 1)))
        default:
            return .failed(message)
        }
    }
}
