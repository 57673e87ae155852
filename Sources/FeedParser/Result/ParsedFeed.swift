public import FeedModel

/// What the liberal parser made of a document: the feed (as much as could be read), what
/// the document was, whether it was well-formed, and everything it had to say about it.
public struct ParsedFeed: Sendable {
    public var feed: Feed
    public var format: FeedSourceFormat
    /// False when the XML had to be recovered (feedparser's "bozo" bit, inverted).
    public var isWellFormed: Bool
    public var diagnostics: [ParseDiagnostic]
    /// How many items (RSS `item`, Atom `entry`, JSON Feed `items`) the whole document
    /// holds when reading stopped at ``ParseOptions/maxEntries``, counted in the bytes of
    /// the rest without parsing it (XML: the item element's start tags; JSON: the items
    /// array's elements). `nil` when every item was read, or when the count cannot be
    /// trusted (a file past `maxBytes`, an encoding that does not spell tags in ASCII, an
    /// items array that never ends).
    public var entriesInDocument: Int?

    public init(
        feed: Feed, format: FeedSourceFormat, isWellFormed: Bool, diagnostics: [ParseDiagnostic],
        entriesInDocument: Int? = nil
    ) {
        self.feed = feed
        self.format = format
        self.isWellFormed = isWellFormed
        self.diagnostics = diagnostics
        self.entriesInDocument = entriesInDocument
    }
}

/// The format and version a document was recognised as.
public enum FeedSourceFormat: String, Sendable, Equatable, CaseIterable {
    case rss090 = "RSS 0.90"
    case rss091Netscape = "RSS 0.91 (Netscape)"
    case rss091UserLand = "RSS 0.91 (UserLand)"
    case rss092 = "RSS 0.92"
    case rss093 = "RSS 0.93"
    case rss094 = "RSS 0.94"
    case rss10 = "RSS 1.0"
    case rss20 = "RSS 2.0"
    case atom03 = "Atom 0.3"
    case atom10 = "Atom 1.0"
    case jsonFeed10 = "JSON Feed 1.0"
    case jsonFeed11 = "JSON Feed 1.1"
}
