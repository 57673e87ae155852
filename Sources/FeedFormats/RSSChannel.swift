/// An RSS 2.0 `channel`, element for element, with dates kept as the text that is written.
///
/// The tree is faithful to the specification: field names follow the element names, and
/// extension elements that Feedwright reads or writes have their own fields.
public struct RSSChannel: Sendable, Equatable {
    /// The RSS version: "2.0", "0.92", "0.91", "1.0" (RDF), "0.90" (RDF)…
    public var version: String
    public var title: String
    public var link: String
    public var description: String
    public var language: String?
    public var copyright: String?
    public var managingEditor: String?
    public var webMaster: String?
    public var pubDate: String?
    public var lastBuildDate: String?
    public var categories: [RSSCategory]
    public var generator: String?
    public var docs: String?
    public var ttl: Int?
    public var image: RSSImage?
    public var skipHours: [String]
    public var skipDays: [String]
    public var dublinCore: DublinCore
    public var itunes: ITunes
    /// `atom:link` elements, the recommended way to name the feed's own URL (`rel="self"`).
    public var atomLinks: [RSSAtomLink]
    public var items: [RSSItem]
    public var foreignElements: [ForeignElement]
    /// The `xml:base` in scope on the channel's elements (resolved against the document
    /// URL): the base for its relative links.
    public var base: String?

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
