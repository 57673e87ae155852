/// An RSS 2.0 `item`. The specification requires a `title` or a `description`.
public struct RSSItem: Sendable, Equatable {
    public var title: String?
    public var link: String?
    /// An HTML fragment (the specification allows entity-encoded HTML here).
    public var description: String?
    public var author: String?
    public var categories: [RSSCategory]
    public var comments: String?
    public var enclosures: [RSSEnclosure]
    public var guid: RSSGuid?
    public var pubDate: String?
    public var source: RSSSource?
    /// `content:encoded` from the RSS content module: the full HTML body.
    public var contentEncoded: String?
    /// `dc:creator`, used when the author has no e-mail address to put in `author`.
    public var dcCreator: String?

    public init(
        title: String? = nil,
        link: String? = nil,
        description: String? = nil,
        author: String? = nil,
        categories: [RSSCategory] = [],
        comments: String? = nil,
        enclosures: [RSSEnclosure] = [],
        guid: RSSGuid? = nil,
        pubDate: String? = nil,
        source: RSSSource? = nil,
        contentEncoded: String? = nil,
        dcCreator: String? = nil
    ) {
        self.title = title
        self.link = link
        self.description = description
        self.author = author
        self.categories = categories
        self.comments = comments
        self.enclosures = enclosures
        self.guid = guid
        self.pubDate = pubDate
        self.source = source
        self.contentEncoded = contentEncoded
        self.dcCreator = dcCreator
    }
}
