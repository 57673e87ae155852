/// A JSON Feed 1.1 top-level object. `version` and `title` and `items` are required.
public struct JSONFeed: Sendable, Equatable {
    public static let version11 = "https://jsonfeed.org/version/1.1"

    public var version: String
    public var title: String
    public var homePageURL: String?
    public var feedURL: String?
    public var description: String?
    public var userComment: String?
    public var icon: String?
    public var favicon: String?
    public var authors: [JSONFeedAuthor]
    public var language: String?
    public var items: [JSONFeedItem]

    public init(
        version: String = JSONFeed.version11,
        title: String,
        homePageURL: String? = nil,
        feedURL: String? = nil,
        description: String? = nil,
        userComment: String? = nil,
        icon: String? = nil,
        favicon: String? = nil,
        authors: [JSONFeedAuthor] = [],
        language: String? = nil,
        items: [JSONFeedItem] = []
    ) {
        self.version = version
        self.title = title
        self.homePageURL = homePageURL
        self.feedURL = feedURL
        self.description = description
        self.userComment = userComment
        self.icon = icon
        self.favicon = favicon
        self.authors = authors
        self.language = language
        self.items = items
    }
}
