public import Foundation

/// What the state store remembers about one partner source between runs.
public struct SourceRecord: Sendable, Equatable {
    /// The source's configured name, the record's key.
    public var name: String
    /// The URL or path the record belongs to; a changed URL starts afresh.
    public var url: String
    /// Validators of the last full response, sent back for a conditional GET.
    public var etag: String?
    /// The `Last-Modified` of the last full response, sent back as `If-Modified-Since`.
    public var lastModified: String?
    /// How the last attempt ended (`ok`, `not-modified`, `failed`, `gone`, `deferred`).
    public var lastStatus: String?
    /// Why the last attempt failed; `nil` after a success.
    public var lastError: String?
    /// When the source was last tried, successfully or not.
    public var lastAttempt: Date?
    /// When the source last answered with a feed or a 304.
    public var lastSuccess: Date?
    /// The first failure of the current run of failures; `nil` while the source works.
    public var failingSince: Date?
    /// Not to be fetched before this (from `Retry-After`).
    public var nextFetchAfter: Date?
    /// The server said 410 Gone: the source is not fetched again until its URL changes.
    public var gone: Bool
    /// Where a permanent redirect (301/308) pointed, for the report.
    public var movedTo: String?
    /// The feed a web page at ``url`` declared, read instead of the page: fetched directly
    /// on the next runs, with ``etag`` and ``lastModified`` belonging to it.
    public var discoveredFeed: String?

    /// A record for `name` at `url`; a source never fetched has only those two.
    public init(
        name: String, url: String, etag: String? = nil, lastModified: String? = nil,
        lastStatus: String? = nil, lastError: String? = nil, lastAttempt: Date? = nil,
        lastSuccess: Date? = nil, failingSince: Date? = nil, nextFetchAfter: Date? = nil,
        gone: Bool = false, movedTo: String? = nil, discoveredFeed: String? = nil
    ) {
        self.name = name
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.lastStatus = lastStatus
        self.lastError = lastError
        self.lastAttempt = lastAttempt
        self.lastSuccess = lastSuccess
        self.failingSince = failingSince
        self.nextFetchAfter = nextFetchAfter
        self.gone = gone
        self.movedTo = movedTo
        self.discoveredFeed = discoveredFeed
    }
}
