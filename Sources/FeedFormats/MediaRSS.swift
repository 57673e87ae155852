/// The Media RSS elements (`http://search.yahoo.com/mrss/`) Feedwright reads: content
/// (also inside `media:group`), thumbnails, title and description.
public struct MediaRSS: Sendable, Equatable {
    /// `media:content` elements, those inside `media:group` included.
    public var contents: [MediaContent]
    /// `media:thumbnail` elements directly in the item or group.
    public var thumbnails: [MediaThumbnail]
    /// `media:title`.
    public var title: String?
    /// `media:description`.
    public var description: String?

    /// Media RSS elements as read; all empty by default.
    public init(
        contents: [MediaContent] = [], thumbnails: [MediaThumbnail] = [], title: String? = nil,
        description: String? = nil
    ) {
        self.contents = contents
        self.thumbnails = thumbnails
        self.title = title
        self.description = description
    }

    /// True when no element was present, so a writer can leave the namespace out.
    public var isEmpty: Bool { self == MediaRSS() }
}

/// A `media:content` element; numbers are kept as written, a bad one loses only itself.
public struct MediaContent: Sendable, Equatable {
    /// Where the media object is; absent when a `media:player` stands in for it.
    public var url: String?
    /// The object's MIME type.
    public var type: String?
    /// The kind of object: `image`, `audio`, `video`, `document` or `executable`.
    public var medium: String?
    /// Size in bytes, as written.
    public var fileSize: String?
    /// Playing time in seconds, as written.
    public var duration: String?
    /// Width in pixels, as written.
    public var width: String?
    /// Height in pixels, as written.
    public var height: String?
    /// `media:title` inside the content element.
    public var title: String?
    /// `media:description` inside the content element.
    public var description: String?
    /// `media:thumbnail` elements inside the content element.
    public var thumbnails: [MediaThumbnail]

    /// A content element with the attributes and children that were given.
    public init(
        url: String? = nil, type: String? = nil, medium: String? = nil, fileSize: String? = nil,
        duration: String? = nil, width: String? = nil, height: String? = nil, title: String? = nil,
        description: String? = nil, thumbnails: [MediaThumbnail] = []
    ) {
        self.url = url
        self.type = type
        self.medium = medium
        self.fileSize = fileSize
        self.duration = duration
        self.width = width
        self.height = height
        self.title = title
        self.description = description
        self.thumbnails = thumbnails
    }
}

/// A `media:thumbnail` element.
public struct MediaThumbnail: Sendable, Equatable {
    /// Where the image is.
    public var url: String
    /// Width in pixels, as written.
    public var width: String?
    /// Height in pixels, as written.
    public var height: String?

    /// A thumbnail with its size, where given.
    public init(url: String, width: String? = nil, height: String? = nil) {
        self.url = url
        self.width = width
        self.height = height
    }
}
