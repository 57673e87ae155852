/// A JSON Feed 1.1 author object; at least one field should be present.
public struct JSONFeedAuthor: Sendable, Equatable {
    /// The author's name.
    public var name: String?
    /// A page about the author, or a `mailto:` address.
    public var url: String?
    /// The URL of an image of the author, square, ideally 512 by 512 pixels.
    public var avatar: String?

    /// An author with the members that were given.
    public init(name: String? = nil, url: String? = nil, avatar: String? = nil) {
        self.name = name
        self.url = url
        self.avatar = avatar
    }
}

/// A JSON Feed 1.1 hub object: a subscription endpoint such as a WebSub hub; both
/// members are required.
public struct JSONFeedHub: Sendable, Equatable {
    /// The protocol the hub speaks, such as `WebSub`.
    public var type: String
    /// Where the hub is.
    public var url: String

    /// A hub of `type` at `url`.
    public init(type: String, url: String) {
        self.type = type
        self.url = url
    }
}

/// A JSON Feed attachment; `url` and `mime_type` are required.
public struct JSONFeedAttachment: Sendable, Equatable {
    /// Where the attached file is.
    public var url: String
    /// The file's MIME type (`mime_type`).
    public var mimeType: String
    /// A name for the attachment; attachments with the same title are alternative formats
    /// of one thing.
    public var title: String?
    /// The file's size in bytes (`size_in_bytes`).
    public var sizeInBytes: Int64?
    /// How long the file plays, in seconds (`duration_in_seconds`).
    public var durationInSeconds: Double?

    /// An attachment with its two required members and the optional ones that were given.
    public init(
        url: String,
        mimeType: String,
        title: String? = nil,
        sizeInBytes: Int64? = nil,
        durationInSeconds: Double? = nil
    ) {
        self.url = url
        self.mimeType = mimeType
        self.title = title
        self.sizeInBytes = sizeInBytes
        self.durationInSeconds = durationInSeconds
    }
}

/// Feedwright's `_feedwright` item extension: the source a merged item was taken from.
/// JSON Feed reserves keys that start with an underscore for such extensions.
public struct JSONFeedOrigin: Sendable, Equatable {
    /// The source's configured name (`source_name`).
    public var sourceName: String
    /// The feed URL the item was read from (`source_feed_url`).
    public var sourceFeedURL: String
    /// The source's own site (`source_home_page_url`), when its feed names one.
    public var sourceHomePageURL: String?

    /// An origin naming the source, its feed and, when known, its site.
    public init(sourceName: String, sourceFeedURL: String, sourceHomePageURL: String? = nil) {
        self.sourceName = sourceName
        self.sourceFeedURL = sourceFeedURL
        self.sourceHomePageURL = sourceHomePageURL
    }
}
