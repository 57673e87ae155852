import Foundation

/// A source's feed document as read, before parsing.
struct SourceDocument: Sendable {
    var body: Data
    /// The URL the body came from (after redirects): the base of relative links. `nil`
    /// for local files, whose `file:` URL must not leak into published links.
    var documentURL: String?
    /// The `charset` of the HTTP `Content-Type`, if any.
    var charset: String?
    var etag: String?
    var lastModified: String?
    /// Where a chain of permanent redirects ended, if the request was moved for good.
    var movedTo: String?
    /// The feed read in place of the web page the source's URL answers with: the page's
    /// first declared feed, which the user should put in config.json.
    var discoveredFeed: String?
}

/// What reading a source's location produced.
enum SourceFetchResult: Sendable {
    case document(SourceDocument)
    case notModified
    case deferred(until: Date)
    case gone(String)
    case failed(String)
    /// 429 or 503: failed now, and not to be fetched again before `until`.
    case rateLimited(String, until: Date)
}
