/// An Atom 1.0 `entry`.
public struct AtomEntry: Sendable, Equatable {
    public var id: String
    public var title: AtomText
    public var updated: String
    public var published: String?
    public var authors: [AtomPerson]
    public var links: [AtomLink]
    public var categories: [AtomCategory]
    public var summary: AtomText?
    public var content: AtomContent?
    public var contributors: [AtomPerson]
    public var rights: AtomText?
    public var inReplyTo: [ThreadReference]
    public var foreignElements: [ForeignElement]
    /// Media RSS inside the entry (`media:group`, as video sites publish it).
    public var media: MediaRSS
    /// The `xml:base` in scope on the entry, resolved: the base for its relative URIs.
    public var base: String?
    /// The `xml:lang` in scope on the entry.
    public var language: String?
    /// The feed a merged entry was copied from (RFC 4287 section 4.2.11).
    public var source: AtomSource?
    /// Dublin Core in the entry: fallbacks for the Atom elements (feedparser's mapping).
    public var dublinCore = DublinCore()

    public init(
        id: String,
        title: AtomText,
        updated: String,
        published: String? = nil,
        authors: [AtomPerson] = [],
        links: [AtomLink] = [],
        categories: [AtomCategory] = [],
        summary: AtomText? = nil,
        content: AtomContent? = nil,
        source: AtomSource? = nil,
        contributors: [AtomPerson] = [],
        rights: AtomText? = nil,
        inReplyTo: [ThreadReference] = [],
        foreignElements: [ForeignElement] = [],
        media: MediaRSS = MediaRSS(),
        base: String? = nil,
        language: String? = nil
    ) {
        self.id = id
        self.title = title
        self.updated = updated
        self.published = published
        self.authors = authors
        self.links = links
        self.categories = categories
        self.summary = summary
        self.content = content
        self.source = source
        self.contributors = contributors
        self.rights = rights
        self.inReplyTo = inReplyTo
        self.foreignElements = foreignElements
        self.media = media
        self.base = base
        self.language = language
    }
}
