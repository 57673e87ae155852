/// A JSON Feed 1.1 top-level object. `version` and `title` and `items` are required.
public struct JSONFeed: Sendable, Equatable {
    /// The `version` URL of JSON Feed 1.1, the version Feedwright writes.
    public static let version11 = "https://jsonfeed.org/version/1.1"

    /// The URL of the specification version the document follows.
    public var version: String
    /// The feed's title.
    public var title: String
    /// The web site the feed belongs to (`home_page_url`).
    public var homePageURL: String?
    /// Where the feed itself is published (`feed_url`).
    public var feedURL: String?
    /// What the feed is about.
    public var description: String?
    /// A note for someone who opens the file (`user_comment`).
    public var userComment: String?
    /// A large, square image for the feed (512 by 512 pixels).
    public var icon: String?
    /// A small, square image for the feed (64 by 64 pixels).
    public var favicon: String?
    /// The feed's authors, which apply to items that name none.
    public var authors: [JSONFeedAuthor]
    /// The feed's language, as an RFC 5646 tag.
    public var language: String?
    /// The items, in document order.
    public var items: [JSONFeedItem]
    /// Endpoints a reader can subscribe to for real-time notification of changes (`hubs`).
    public var hubs: [JSONFeedHub]
    /// RFC 5005 links from the `_rfc5005` extension object that Feedwright's archive pages
    /// carry (`current`, `prev-archive`, `next-archive` → URL); JSON Feed itself has none.
    public var archiveLinks: [String: String] = [:]

    /// A feed with its required members and the optional ones that were given.
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
        items: [JSONFeedItem] = [],
        hubs: [JSONFeedHub] = []
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
        self.hubs = hubs
    }
}
