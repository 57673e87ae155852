/// Apple Podcasts elements (`http://www.itunes.com/dtds/podcast-1.0.dtd`) on a channel or
/// an item, kept as written.
public struct ITunes: Sendable, Equatable {
    public var author: String?
    public var duration: String?
    /// The `href` of `itunes:image`.
    public var image: String?
    public var explicit: String?
    public var summary: String?
    public var subtitle: String?
    public var categories: [String]

    public init(
        author: String? = nil, duration: String? = nil, image: String? = nil, explicit: String? = nil,
        summary: String? = nil, subtitle: String? = nil, categories: [String] = []
    ) {
        self.author = author
        self.duration = duration
        self.image = image
        self.explicit = explicit
        self.summary = summary
        self.subtitle = subtitle
        self.categories = categories
    }

    public var isEmpty: Bool { self == ITunes() }
}
