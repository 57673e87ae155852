/// An RSS `item` (0.9x, 1.0 or 2.0), with the extension elements Feedwright reads.
/// RSS 2.0 requires a `title` or a `description`.
public struct RSSItem: Sendable, Equatable {
    /// The item's title.
    public var title: String?
    /// The item's page.
    public var link: String?
    /// An HTML fragment (the specification allows entity-encoded HTML here).
    public var description: String?
    /// The author's e-mail address, optionally followed by a name in parentheses.
    public var author: String?
    /// The item's categories.
    public var categories: [RSSCategory]
    /// The page with comments on the item.
    public var comments: String?
    /// Media files attached to the item; the specification allows one, feeds repeat it.
    public var enclosures: [RSSEnclosure]
    /// The item's identifier.
    public var guid: RSSGuid?
    /// RFC 822 text: when the item was published.
    public var pubDate: String?
    /// The channel the item was copied from.
    public var source: RSSSource?
    /// `content:encoded` from the RSS content module: the full HTML body.
    public var contentEncoded: String?
    /// `xhtml:body`: the body as XHTML markup, serialised.
    public var xhtmlBody: String?
    /// Dublin Core; `dc:creator` is how an author without an e-mail address is written.
    public var dublinCore: DublinCore
    /// Media RSS elements in the item.
    public var media: MediaRSS
    /// Apple Podcasts elements in the item.
    public var itunes: ITunes
    /// `atom:link` elements inside the item.
    public var atomLinks: [RSSAtomLink]
    /// `atom:author` inside the item (as .NET's SyndicationFeed writes RSS).
    public var atomAuthors: [AtomPerson]
    /// `atom:updated` inside the item, as written.
    public var atomUpdated: String?
    /// `atom:published` inside the item, as written.
    public var atomPublished: String?
    /// `slash:comments`, as written.
    public var slashComments: String?
    /// The items this one answers (RFC 4685 threading).
    public var inReplyTo: [ThreadReference]
    /// RSS 1.0 `rdf:about`: the item's URI.
    public var about: String?
    /// Elements from namespaces Feedwright does not interpret, kept as read.
    public var foreignElements: [ForeignElement]
    /// The `xml:base` in scope on the item (resolved against the document URL): the base
    /// for its relative links.
    public var base: String?
    /// The `xml:base` in scope on the kept `link`, `description` and `content:encoded`
    /// elements when one of them says its own (differing from ``base``): the base for that
    /// field's relative URLs. Nil when the element inherits the item's.
    public var linkBase: String?
    /// The `xml:base` of the kept `description`, when it says its own (see ``linkBase``).
    public var descriptionBase: String?
    /// The `xml:base` of the kept `content:encoded`, when it says its own (see ``linkBase``).
    public var contentEncodedBase: String?

    /// An item with the elements that were given; RSS requires a title or a description.
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
