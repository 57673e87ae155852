/// An RSS 2.0 `channel`, element for element, with dates kept as the text that is written.
///
/// The tree is faithful to the specification: field names follow the element names, and
/// extension elements that Feedwright reads or writes have their own fields.
public struct RSSChannel: Sendable, Equatable {
    /// The RSS version: "2.0", "0.92", "0.91", "1.0" (RDF), "0.90" (RDF)…
    public var version: String
    /// The channel's name.
    public var title: String
    /// The web site the channel belongs to.
    public var link: String
    /// A sentence or two about the channel.
    public var description: String
    /// The channel's language (`en-us`, `ru`).
    public var language: String?
    /// The copyright notice for the channel's content.
    public var copyright: String?
    /// The e-mail address of the person responsible for the content, as written.
    public var managingEditor: String?
    /// The e-mail address of the person responsible for technical issues, as written.
    public var webMaster: String?
    /// RFC 822 text: when the channel's content was published.
    public var pubDate: String?
    /// RFC 822 text: when the channel's content last changed.
    public var lastBuildDate: String?
    /// The channel's categories.
    public var categories: [RSSCategory]
    /// The program that wrote the channel.
    public var generator: String?
    /// The URL of the RSS specification the file follows.
    public var docs: String?
    /// How many minutes a reader may cache the channel before refreshing it.
    public var ttl: Int?
    /// The image readers show with the channel.
    public var image: RSSImage?
    /// Hours (GMT, 0–23) in which readers need not refresh the channel.
    public var skipHours: [String]
    /// Days of the week on which readers need not refresh the channel.
    public var skipDays: [String]
    /// Dublin Core elements on the channel: fallbacks for the RSS ones.
    public var dublinCore: DublinCore
    /// Apple Podcasts elements on the channel.
    public var itunes: ITunes
    /// `atom:link` elements, the recommended way to name the feed's own URL (`rel="self"`).
    public var atomLinks: [RSSAtomLink]
    /// The items, in document order.
    public var items: [RSSItem]
    /// Elements from namespaces Feedwright does not interpret, kept as read.
    public var foreignElements: [ForeignElement]
    /// The `xml:base` in scope on the channel's elements (resolved against the document
    /// URL): the base for its relative links.
    public var base: String?

    /// A channel with the three required children and the optional ones that were given.
    public init(
        version: String = "2.0",
        title: String,
        link: String,
        description: String,
        language: String? = nil,
        copyright: String? = nil,
        managingEditor: String? = nil,
        webMaster: String? = nil,
        pubDate: String? = nil,
        lastBuildDate: String? = nil,
        categories: [RSSCategory] = [],
        generator: String? = nil,
        docs: String? = nil,
        ttl: Int? = nil,
        image: RSSImage? = nil,
        skipHours: [String] = [],
        skipDays: [String] = [],
        dublinCore: DublinCore = DublinCore(),
        itunes: ITunes = ITunes(),
        atomLinks: [RSSAtomLink] = [],
        items: [RSSItem] = [],
        foreignElements: [ForeignElement] = []
    ) {
        self.version = version
        self.title = title
        self.link = link
        self.description = description
        self.language = language
        self.copyright = copyright
        self.managingEditor = managingEditor
        self.webMaster = webMaster
        self.pubDate = pubDate
        self.lastBuildDate = lastBuildDate
        self.categories = categories
        self.generator = generator
        self.docs = docs
        self.ttl = ttl
        self.image = image
        self.skipHours = skipHours
        self.skipDays = skipDays
        self.dublinCore = dublinCore
        self.itunes = itunes
        self.atomLinks = atomLinks
        self.items = items
        self.foreignElements = foreignElements
    }
}
