/// A typed web link, as Atom models it; RSS and JSON Feed links map onto `rel` values.
public struct Link: Sendable, Equatable, Hashable, Codable {
    /// The linked URL.
    public var href: String
    /// Link relation; `alternate` when the source format does not say.
    public var rel: String
    /// The media type the link is expected to return, as a hint before following it.
    public var type: String?
    /// A human-readable name for the link.
    public var title: String?
    /// The language of the linked resource.
    public var hreflang: String?
    /// The size of the linked resource in bytes, as a hint before fetching it.
    public var length: Int64?

    /// A link; `alternate` (the page the feed or entry stands for) unless `rel` says otherwise.
    public init(
        href: String,
        rel: String = "alternate",
        type: String? = nil,
        title: String? = nil,
        hreflang: String? = nil,
        length: Int64? = nil
    ) {
        self.href = href
        self.rel = rel
        self.type = type
        self.title = title
        self.hreflang = hreflang
        self.length = length
    }
}

/// A media file attached to an entry (RSS `enclosure`, Atom `link rel="enclosure"`,
/// JSON Feed `attachments`).
public struct Enclosure: Sendable, Equatable, Hashable, Codable {
    /// Where the media file is.
    public var url: String
    /// The file's MIME type, which every format requires.
    public var mimeType: String
    /// Size in bytes; `nil` when unknown (RSS then writes 0, as its best practice says).
    public var length: Int64?
    /// A name for the file (JSON Feed `title`, Atom link `title`).
    public var title: String?

    /// An enclosure with the details that are known.
    public init(url: String, mimeType: String, length: Int64? = nil, title: String? = nil) {
        self.url = url
        self.mimeType = mimeType
        self.length = length
        self.title = title
    }
}
