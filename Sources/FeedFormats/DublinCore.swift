/// Dublin Core elements (`http://purl.org/dc/elements/1.1/`) as feeds use them on a
/// channel or an item. Dates are the text as found.
public struct DublinCore: Sendable, Equatable {
    /// `dc:title`.
    public var title: String?
    /// `dc:creator`: authors named by name alone, as RSS feeds often do.
    public var creators: [String]
    /// `dc:subject`: topics, read as categories.
    public var subjects: [String]
    /// `dc:description`: a summary.
    public var description: String?
    /// `dc:publisher`: who publishes the resource.
    public var publisher: String?
    /// `dc:contributor`: other people who contributed.
    public var contributors: [String]
    /// `dc:date`, `dcterms:created`, `dcterms:issued`: when the resource was made.
    public var dates: [String]
    /// `dcterms:modified`: when it last changed.
    public var modified: [String]
    /// `dc:identifier`: an identifier, used as an id when the format gives none.
    public var identifier: String?
    /// `dc:language`: the resource's language.
    public var language: String?
    /// `dc:rights`: the copyright or licence statement.
    public var rights: String?

    /// Dublin Core elements as read; all empty by default.
    public init(
        title: String? = nil,
        creators: [String] = [],
        subjects: [String] = [],
        description: String? = nil,
        publisher: String? = nil,
        contributors: [String] = [],
        dates: [String] = [],
        modified: [String] = [],
        identifier: String? = nil,
        language: String? = nil,
        rights: String? = nil
    ) {
        self.title = title
        self.creators = creators
        self.subjects = subjects
        self.description = description
        self.publisher = publisher
        self.contributors = contributors
        self.dates = dates
        self.modified = modified
        self.identifier = identifier
        self.language = language
        self.rights = rights
    }

    /// True when no element was present.
    public var isEmpty: Bool { self == DublinCore() }
}
