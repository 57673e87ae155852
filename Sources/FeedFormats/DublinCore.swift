/// Dublin Core elements (`http://purl.org/dc/elements/1.1/`) as feeds use them on a
/// channel or an item. Dates are the text as found.
public struct DublinCore: Sendable, Equatable {
    public var title: String?
    public var creators: [String]
    public var subjects: [String]
    public var description: String?
    public var publisher: String?
    public var contributors: [String]
    /// `dc:date`, `dcterms:created`, `dcterms:issued`: when the resource was made.
    public var dates: [String]
    /// `dcterms:modified`: when it last changed.
    public var modified: [String]
    public var identifier: String?
    public var language: String?
    public var rights: String?

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
