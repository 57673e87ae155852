import FeedParser
public import Foundation

/// How reading one source went in one build.
public enum SourceStatus: Sendable, Equatable {
    /// Fetched or read, and parsed.
    case ok
    /// The server answered 304: the archived items were used.
    case notModified
    /// Not fetched: the server asked us to wait (`Retry-After`) until this time.
    case deferred(until: Date)
    /// `enabled: false` in config.json.
    case disabled
    /// The server said 410 Gone, now or in an earlier run.
    case gone(String)
    /// The source could not be read or parsed; its archived items were used.
    case failed(String)

    /// Whether this makes the build "partial" (exit code 3).
    public var isFailure: Bool {
        switch self {
        case .failed: true
        case .gone: true
        default: false
        }
    }

    /// A short word for reports and the state store.
    public var keyword: String {
        switch self {
        case .ok: "ok"
        case .notModified: "not-modified"
        case .deferred: "deferred"
        case .disabled: "disabled"
        case .gone: "gone"
        case .failed: "failed"
        }
    }
}

/// What one source contributed to a build.
public struct SourceReport: Sendable, Equatable {
    /// The source's name from config.json.
    public var name: String
    /// The URL or path, as configured.
    public var location: String
    /// Whether the source was read, unchanged, skipped or failed.
    public var status: SourceStatus
    /// Items the source offered this run (its feed, or the archive when it was not read),
    /// after its `maxItems` and `maxAge`.
    public var items = 0
    /// Of those ``items``, the ones seen for the first time.
    public var new = 0
    /// Items read from the source's document this run (before `maxItems` and `maxAge`);
    /// `nil` when the document was not read.
    public var read: Int?
    /// Items dropped because an item already kept is the same story.
    public var duplicates = 0
    /// Items that made it into the published feeds.
    public var kept = 0
    /// Wall time spent reading and parsing the source, in seconds.
    public var seconds: Double = 0
    /// Where a permanent redirect says the feed now lives.
    public var movedTo: String?
    /// The feed read in place of the configured URL, which answers with a web page that
    /// declares it: the URL to put in config.json.
    public var discoveredFeed: String?
    /// What the parser found and worked around in the document (ill-formed XML that was
    /// recovered, bad dates, a guessed encoding, the item limit), counted and in words.
    public var diagnostics = SourceDiagnostics()
    /// What the partner-item gate repaired in the source's items (dates out of range, text
    /// cut, ids replaced, shared ids split): the first few lines in full, then a count.
    public var repairs: [String] = []

    /// A report with nothing counted yet.
    public init(name: String, location: String, status: SourceStatus) {
        self.name = name
        self.location = location
        self.status = status
    }
}
