/// A JSON Feed 1.1 item. `id` is required, and one of `contentHTML`/`contentText`.
public struct JSONFeedItem: Sendable, Equatable {
    /// The item's unique identifier, a string even when it looks like a number.
    public var id: String
    /// The item's page.
    public var url: String?
    /// A page the item is about, elsewhere (`external_url`), as link blogs use.
    public var externalURL: String?
    /// The item's title; microblog posts have none.
    public var title: String?
    /// The item's body as HTML (`content_html`).
    public var contentHTML: String?
    /// The item's body as plain text (`content_text`).
    public var contentText: String?
    /// A short summary of the item.
    public var summary: String?
    /// The item's main image.
    public var image: String?
    /// RFC 3339 text.
    public var datePublished: String?
    /// RFC 3339 text.
    public var dateModified: String?
    /// The item's authors; the feed's apply when there are none.
    public var authors: [JSONFeedAuthor]
    /// The item's tags.
    public var tags: [String]
    /// The item's language, as an RFC 5646 tag.
    public var language: String?
    /// Files attached to the item (podcast episodes, downloads).
    public var attachments: [JSONFeedAttachment]
    /// The `_feedwright` extension object: where a merged item came from.
    public var origin: JSONFeedOrigin?

    /// An item with its id and the optional members that were given.
    public init(
        id: String,
        url: String? = nil,
        externalURL: String? = nil,
        title: String? = nil,
        contentHTML: String? = nil,
        contentText: String? = nil,
        summary: String? = nil,
        image: String? = nil,
        datePublished: String? = nil,
        dateModified: String? = nil,
        authors: [JSONFeedAuthor] = [],
        tags: [String] = [],
        language: String? = nil,
        attachments: [JSONFeedAttachment] = [],
        origin: JSONFeedOrigin? = nil
    ) {
        self.id = id
        self.url = url
        self.externalURL = externalURL
        self.title = title
        self.contentHTML = contentHTML
        self.contentText = contentText
        self.summary = summary
        self.image = image
        self.datePublished = datePublished
        self.dateModified = dateModified
        self.authors = authors
        self.tags = tags
        self.language = language
        self.attachments = attachments
        self.origin = origin
    }
}
