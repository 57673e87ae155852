/// An RSS `item` (0.9x, 1.0 or 2.0), with the extension elements Feedwright reads.
/// RSS 2.0 requires a `title` or a `description`.
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
    /// `xhtml:body`: the body as XHTML markup, serialised.
    public var xhtmlBody: String?
    /// Dublin Core; `dc:creator` is how an author without an e-mail address is written.
    public var dublinCore: DublinCore
    public var media: MediaRSS
    public var itunes: ITunes
    /// `atom:link` elements inside the item.
    public var atomLinks: [RSSAtomLink]
    /// `atom:author` inside the item (as .NET's SyndicationFeed writes RSS).
    public var atomAuthors: [AtomPerson]
    /// `atom:updated` / `atom:published` inside the item, as written.
    public var atomUpdated: String?
    public var atomPublished: String?
    /// `slash:comments`, as written.
    public var slashComments: String?
    public var inReplyTo: [ThreadReference]
    /// RSS 1.0 `rdf:about`: the item's URI.
    public var about: String?
    public var foreignElements: [ForeignElement]
    /// The `xml:base` in scope on the item (resolved against the document URL): the base
    /// for its relative links.
    public var base: String?
    /// The `xml:base` in scope on the kept `link`, `description` and `content:encoded`
    /// elements when one of them says its own (differing from ``base``): the base for that
    /// field's relative URLs. Nil when the element inherits the item's.
    public var linkBase: String?
    public var descriptionBase: String?
    public var contentEncodedBase: String?

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
        xhtmlBody: String? = nil,
        dublinCore: DublinCore = DublinCore(),
        media: MediaRSS = MediaRSS(),
        itunes: ITunes = ITunes(),
        atomLinks: [RSSAtomLink] = [],
        atomAuthors: [AtomPerson] = [],
        atomUpdated: String? = nil,
        atomPublished: String? = nil,
        slashComments: String? = nil,
        inReplyTo: [ThreadReference] = [],
        about: String? = nil,
        foreignElements: [ForeignElement] = []
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
        self.xhtmlBody = xhtmlBody
        self.dublinCore = dublinCore
        self.media = media
        self.itunes = itunes
        self.atomLinks = atomLinks
        self.atomAuthors = atomAuthors
        self.atomUpdated = atomUpdated
        self.atomPublished = atomPublished
        self.slashComments = slashComments
        self.inReplyTo = inReplyTo
        self.about = about
        self.foreignElements = foreignElements
    }
}
