/// A JSON Feed 1.1 item. `id` is required, and one of `contentHTML`/`contentText`.
public struct JSONFeedItem: Sendable, Equatable {
    public var id: String
    public var url: String?
    public var externalURL: String?
    public var title: String?
    public var contentHTML: String?
    public var contentText: String?
    public var summary: String?
    public var image: String?
    /// RFC 3339 text.
    public var datePublished: String?
    /// RFC 3339 text.
    public var dateModified: String?
    public var authors: [JSONFeedAuthor]
    public var tags: [String]
    public var language: String?
    public var attachments: [JSONFeedAttachment]
    /// The `_feedwright` extension object: where a merged item came from.
    public var origin: JSONFeedOrigin?

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
