/// An Atom 1.0 (RFC 4287) `feed` element; dates are the RFC 3339 text that is written.
public struct AtomFeed: Sendable, Equatable {
    /// "1.0" (RFC 4287) or "0.3" (the pre-standard draft, read and mapped onto this tree).
    public var version: String
    public var id: String
    public var title: AtomText
    public var subtitle: AtomText?
    public var updated: String
    public var links: [AtomLink]
    public var authors: [AtomPerson]
    public var categories: [AtomCategory]
    public var generator: AtomGenerator?
    public var icon: String?
    public var logo: String?
    public var rights: AtomText?
    /// `xml:lang` on the root element.
    public var language: String?
    public var entries: [AtomEntry]
    public var contributors: [AtomPerson]
    public var foreignElements: [ForeignElement]
    /// The `xml:base` in scope on the feed element, resolved.
    public var base: String?
    /// The `xml:base` in scope on `icon` and `logo`, when it differs from ``base``.
    public var iconBase: String?
    public var logoBase: String?
    /// Dublin Core at feed level: fallbacks for the Atom elements (feedparser's mapping).
    public var dublinCore = DublinCore()

    public init(
        version: String = "1.0",
        id: String,
        title: AtomText,
        subtitle: AtomText? = nil,
        updated: String,
        links: [AtomLink] = [],
        authors: [AtomPerson] = [],
        categories: [AtomCategory] = [],
        generator: AtomGenerator? = nil,
        icon: String? = nil,
        logo: String? = nil,
        rights: AtomText? = nil,
        language: String? = nil,
        entries: [AtomEntry] = [],
        contributors: [AtomPerson] = [],
        foreignElements: [ForeignElement] = [],
        base: String? = nil
    ) {
        self.version = version
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.updated = updated
        self.links = links
        self.authors = authors
        self.categories = categories
        self.generator = generator
        self.icon = icon
        self.logo = logo
        self.rights = rights
        self.language = language
        self.entries = entries
        self.contributors = contributors
        self.foreignElements = foreignElements
        self.base = base
    }
}
