public import FeedModel

/// What the liberal parser made of a document: the feed (as much as could be read), what
/// the document was, whether it was well-formed, and everything it had to say about it.
public struct ParsedFeed: Sendable {
    /// The feed, as much of it as could be read.
    public var feed: Feed
    /// The format and version the document was recognised as.
    public var format: FeedSourceFormat
    /// False when the XML had to be recovered (feedparser's "bozo" bit, inverted).
    public var isWellFormed: Bool
    /// Everything the parser noticed and worked around, in the order it noticed it.
    public var diagnostics: [ParseDiagnostic]
    /// How many items (RSS `item`, Atom `entry`, JSON Feed `items`) the whole document
    /// holds when reading stopped at ``ParseOptions/maxEntries``, counted in the bytes of
    /// the rest without parsing it (XML: the item element's start tags; JSON: the items
    /// array's elements). `nil` when every item was read, or when the count cannot be
    /// trusted (a file past `maxBytes`, an encoding that does not spell tags in ASCII, an
    /// items array that never ends).
    public var entriesInDocument: Int?

    /// A result; parsers make these, and tests build them to compare against.
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
    /// Netscape's first RSS, RDF-based.
    case rss090 = "RSS 0.90"
    /// RSS 0.91 with Netscape's DTD.
    case rss091Netscape = "RSS 0.91 (Netscape)"
    /// RSS 0.91 as UserLand specified it, without a DTD.
    case rss091UserLand = "RSS 0.91 (UserLand)"
    /// RSS 0.92, which made every channel element optional and added enclosures.
    case rss092 = "RSS 0.92"
    /// RSS 0.93, a draft that was never finished.
    case rss093 = "RSS 0.93"
    /// RSS 0.94, a draft that was never finished.
    case rss094 = "RSS 0.94"
    /// RSS 1.0, RDF-based, with modules in namespaces.
    case rss10 = "RSS 1.0"
    /// RSS 2.0, the RSS most feeds are written in.
    case rss20 = "RSS 2.0"
    /// Atom 0.3, the draft before the standard, still published by old blogs.
    case atom03 = "Atom 0.3"
    /// Atom 1.0 (RFC 4287).
    case atom10 = "Atom 1.0"
    /// JSON Feed 1.0.
    case jsonFeed10 = "JSON Feed 1.0"
    /// JSON Feed 1.1.
    case jsonFeed11 = "JSON Feed 1.1"
}
