/// Apple Podcasts elements (`http://www.itunes.com/dtds/podcast-1.0.dtd`) on a channel or
/// an item, kept as written.
public struct ITunes: Sendable, Equatable {
    /// `itunes:author`: the show's or episode's author, as shown in podcast apps.
    public var author: String?
    /// `itunes:duration`: an episode's length, as written (seconds or `H:MM:SS`).
    public var duration: String?
    /// The `href` of `itunes:image`.
    public var image: String?
    /// `itunes:explicit`, as written (`true`, `false`, `yes`, `no`, `clean`).
    public var explicit: String?
    /// `itunes:summary`: a longer description.
    public var summary: String?
    /// `itunes:subtitle`: a short description.
    public var subtitle: String?
    /// The `text` of each `itunes:category`, nested ones included.
    public var categories: [String]

    /// iTunes elements as read; all empty by default.
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

    /// True when no element was present, so a writer can leave the namespace out.
    public var isEmpty: Bool { self == ITunes() }
}
