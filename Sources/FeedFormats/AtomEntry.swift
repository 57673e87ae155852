/// An Atom 1.0 `entry`.
public struct AtomEntry: Sendable, Equatable {
    /// The entry's permanent, universally unique identifier (an IRI).
    public var id: String
    /// The entry's title.
    public var title: AtomText
    /// RFC 3339 text: the last significant change to the entry.
    public var updated: String
    /// RFC 3339 text: when the entry was first made available.
    public var published: String?
    /// The entry's authors; the feed's apply when there are none.
    public var authors: [AtomPerson]
    /// The entry's links; `alternate` is the page it stands for.
    public var links: [AtomLink]
    /// The entry's categories.
    public var categories: [AtomCategory]
    /// A short summary or excerpt.
    public var summary: AtomText?
    /// The entry's content, inline or by reference.
    public var content: AtomContent?
    /// People who contributed to the entry besides its authors.
    public var contributors: [AtomPerson]
    /// The copyright or licence statement for the entry.
    public var rights: AtomText?
    /// The entries this one answers (RFC 4685 threading).
    public var inReplyTo: [ThreadReference]
    /// Elements from namespaces Feedwright does not interpret, kept as read.
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

    /// An entry with Atom's three required children and the optional ones that were given.
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
