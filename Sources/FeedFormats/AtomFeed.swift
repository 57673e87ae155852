/// An Atom 1.0 (RFC 4287) `feed` element; dates are the RFC 3339 text that is written.
public struct AtomFeed: Sendable, Equatable {
    /// "1.0" (RFC 4287) or "0.3" (the pre-standard draft, read and mapped onto this tree).
    public var version: String
    /// The feed's permanent, universally unique identifier (an IRI).
    public var id: String
    /// The feed's title.
    public var title: AtomText
    /// A description or subtitle for the feed.
    public var subtitle: AtomText?
    /// RFC 3339 text: the last significant change to the feed.
    public var updated: String
    /// The feed's links: `self` is where it is published, `alternate` the site.
    public var links: [AtomLink]
    /// The feed's authors, which apply to entries that name none.
    public var authors: [AtomPerson]
    /// The feed's categories.
    public var categories: [AtomCategory]
    /// The program that wrote the feed.
    public var generator: AtomGenerator?
    /// A small, square image for the feed (IRI).
    public var icon: String?
    /// A larger, landscape image for the feed (IRI).
    public var logo: String?
    /// The copyright or licence statement for the feed.
    public var rights: AtomText?
    /// `xml:lang` on the root element.
    public var language: String?
    /// The entries, in document order.
    public var entries: [AtomEntry]
    /// People who contributed to the feed besides its authors.
    public var contributors: [AtomPerson]
    /// Elements from namespaces Feedwright does not interpret, kept as read.
    public var foreignElements: [ForeignElement]
    /// The `xml:base` in scope on the feed element, resolved.
    public var base: String?
    /// The `xml:base` in scope on `icon`, when it differs from ``base``.
    public var iconBase: String?
    /// The `xml:base` in scope on `logo`, when it differs from ``base``.
    public var logoBase: String?
    /// Dublin Core at feed level: fallbacks for the Atom elements (feedparser's mapping).
    public var dublinCore = DublinCore()

    /// A feed with Atom's three required children and the optional ones that were given.
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
