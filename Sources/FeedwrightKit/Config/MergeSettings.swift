public import Foundation

/// The `dedup` object of `config.json` (optional): when two items are the same story.
public struct DedupSettings: Sendable, Equatable {
    /// `dedup.window` (a duration such as `"30m"`): items with the same normalised title
    /// whose instants are at most this far apart are one item. Default 30 minutes.
    public var window: TimeInterval

    /// Settings with a `window` in seconds, 30 minutes unless given, as in `config.json`.
    public init(window: TimeInterval = 30 * 60) {
        self.window = window
    }
}

/// The `fetch` object of `config.json` (optional): how partner feeds are fetched over HTTP.
public struct FetchSettings: Sendable, Equatable {
    /// `fetch.timeout` (seconds, default 30): the whole exchange, redirects included.
    public var timeout: Int
    /// `fetch.connectTimeout` (seconds, default 10).
    public var connectTimeout: Int
    /// `fetch.maxBytes` (default 10 MiB): a larger body is refused.
    public var maxBytes: Int
    /// `fetch.perHost` (default 2): parallel requests to one host.
    public var perHost: Int
    /// `fetch.parallel` (default 8): parallel requests overall.
    public var parallel: Int
    /// `fetch.allowAddresses`: private, loopback or link-local addresses (or CIDR ranges)
    /// that may be fetched; all such addresses are refused by default.
    public var allowAddresses: [String]
    /// `fetch.userAgent` (optional): the User-Agent header sent to partner sites. `nil`
    /// when absent: ``userAgent(feedLink:)`` then gives `Feedwright/<version> (+<feed.link>)`.
    public var userAgent: String?

    /// Settings whose defaults are those `config.json` uses when a key is absent.
    public init(
        timeout: Int = 30, connectTimeout: Int = 10, maxBytes: Int = 10 << 20, perHost: Int = 2,
        parallel: Int = 8, allowAddresses: [String] = [], userAgent: String? = nil
    ) {
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.maxBytes = maxBytes
        self.perHost = perHost
        self.parallel = parallel
        self.allowAddresses = allowAddresses
        self.userAgent = userAgent
    }
}
