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
