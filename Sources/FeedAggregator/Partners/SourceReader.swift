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
        case .http(let url): return await fetchHTTP(url, record: record)
        }
    }

    /// Fetches the feed a web page at `url` declared on an earlier run, if one did, with its
    /// validators; when that feed fails, the page is fetched again (without them: they are the
    /// feed's), so that a site that moved its feed is followed to the new one.
    private func fetchHTTP(_ url: URL, record: SourceRecord?) async -> SourceFetchResult {
        guard let feed = record?.discoveredFeed, let feedURL = URL(string: feed) else {
            return await fetch(url, record: record)
        }
        let direct = await fetch(feedURL, record: record)
        switch direct {
        case .document(var document):
            document.discoveredFeed = feed
            return .document(document)
        case .notModified, .rateLimited: return direct
        case .failed, .gone, .deferred: return await fetch(url, record: nil)
        }
    }

    /// Fetches the feed that the web page in `page` declares first, for a source whose URL
    /// answers with a page: browsers and feed readers take the first declared feed too.
    /// `nil` when the page declares no http(s) feed.
    func fetchDeclaredFeed(of page: SourceDocument, record: SourceRecord?) async -> SourceFetchResult? {
        let declared = FeedLinkExtractor.feeds(in: page.body, pageURL: page.documentURL)
        guard let first = declared.first, let feedURL = URL(string: first.url) else { return nil }
        // Validators are sent only to the URL they came from.
        let validators = record?.discoveredFeed == first.url ? record : nil
        switch await fetch(feedURL, record: validators) {
        case .document(var document):
            document.discoveredFeed = first.url
            return .document(document)
        case .failed(let message):
            return .failed("a web page, not a feed; the feed it declares, \(first.url), failed: \(message)")
        case let other:
            return other
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
