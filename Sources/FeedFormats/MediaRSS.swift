/// The Media RSS elements (`http://search.yahoo.com/mrss/`) Feedwright reads: content
/// (also inside `media:group`), thumbnails, title and description.
public struct MediaRSS: Sendable, Equatable {
    public var contents: [MediaContent]
    public var thumbnails: [MediaThumbnail]
    public var title: String?
    public var description: String?

    public init(
        contents: [MediaContent] = [], thumbnails: [MediaThumbnail] = [], title: String? = nil,
        description: String? = nil
    ) {
        self.contents = contents
        self.thumbnails = thumbnails
        self.title = title
        self.description = description
    }

    public var isEmpty: Bool { self == MediaRSS() }
}

/// A `media:content` element; numbers are kept as written, a bad one loses only itself.
public struct MediaContent: Sendable, Equatable {
    public var url: String?
    public var type: String?
    public var medium: String?
    public var fileSize: String?
    public var duration: String?
    public var width: String?
    public var height: String?
    public var title: String?
    public var description: String?
    public var thumbnails: [MediaThumbnail]

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
    public var url: String
    public var width: String?
    public var height: String?

    public init(url: String, width: String? = nil, height: String? = nil) {
        self.url = url
        self.width = width
        self.height = height
    }
}
