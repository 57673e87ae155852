public import FeedModel

/// What the liberal parser made of a document: the feed (as much as could be read), what
/// the document was, whether it was well-formed, and everything it had to say about it.
public struct ParsedFeed: Sendable {
    public var feed: Feed
    public var format: FeedSourceFormat
    /// False when the XML had to be recovered (feedparser's "bozo" bit, inverted).
    public var isWellFormed: Bool
    public var diagnostics: [ParseDiagnostic]

    public init(feed: Feed, format: FeedSourceFormat, isWellFormed: Bool, diagnostics: [ParseDiagnostic]) {
        self.feed = feed
        self.format = format
        self.isWellFormed = isWellFormed
        self.diagnostics = diagnostics
    }
}
