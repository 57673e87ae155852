/// An RSS `category`: its text, and the optional `domain` naming the taxonomy.
public struct RSSCategory: Sendable, Equatable, Hashable {
    /// The category, possibly a `/`-separated path in the taxonomy.
    public var value: String
    /// The taxonomy the category belongs to (`domain` attribute).
    public var domain: String?

    /// A category with an optional taxonomy.
    public init(_ value: String, domain: String? = nil) {
        self.value = value
        self.domain = domain
    }
}

/// An RSS `guid`. `isPermaLink` defaults to true in the specification, so writers say
/// `false` explicitly for identifiers that are not URLs to open.
public struct RSSGuid: Sendable, Equatable {
    /// The identifier, unique within the channel.
    public var value: String
    /// Whether `value` is a URL a reader may open as the item's page.
    public var isPermaLink: Bool

    /// A guid that says whether it is a permalink.
    public init(_ value: String, isPermaLink: Bool) {
        self.value = value
        self.isPermaLink = isPermaLink
    }
}

/// An RSS `enclosure`: all three attributes are required by the specification.
public struct RSSEnclosure: Sendable, Equatable {
    /// Where the media file is.
    public var url: String
    /// Size in bytes as written; the best practice profile says 0 when unknown.
    public var length: Int64
    /// The media file's MIME type.
    public var type: String
    /// The `xml:base` the element says itself, resolved: the base for a relative `url`.
    /// Nil when it inherits the item's.
    public var base: String?

    /// An enclosure with its three required attributes.
    public init(url: String, length: Int64, type: String) {
        self.url = url
        self.length = length
        self.type = type
    }
}

/// An RSS item `source`: the channel the item came from, named with its feed URL.
public struct RSSSource: Sendable, Equatable {
    /// The source channel's feed URL (`url` attribute).
    public var url: String
    /// The source channel's name: the element's text.
    public var name: String

    /// A source naming the channel and where its feed is.
    public init(url: String, name: String) {
        self.url = url
        self.name = name
    }
}

/// An RSS channel `image`.
public struct RSSImage: Sendable, Equatable {
    /// Where the GIF, JPEG or PNG image is.
    public var url: String
    /// The image's alt text; the specification expects the channel's title.
    public var title: String?
    /// The page the image links to; the specification expects the channel's link.
    public var link: String?
    /// Width in pixels as written (at most 144).
    public var width: String?
    /// Height in pixels as written (at most 400).
    public var height: String?
    /// The `title` attribute of the link around the image.
    public var description: String?

    /// An image with the children that were given.
    public init(
        url: String, title: String? = nil, link: String? = nil, width: String? = nil, height: String? = nil,
        description: String? = nil
    ) {
        self.url = url
        self.title = title
        self.link = link
        self.width = width
        self.height = height
        self.description = description
    }
}

/// An `atom:link` inside an RSS channel.
public struct RSSAtomLink: Sendable, Equatable {
    /// The linked URL as written; may be relative to ``base``.
    public var href: String
    /// The link relation; `self` names the feed's own URL.
    public var rel: String
    /// The media type the link is expected to return.
    public var type: String?
    /// `length` as written (enclosure links).
    public var length: String?
    /// The `xml:base` the element says itself, resolved: the base for a relative `href`.
    /// Nil when it inherits its parent's.
    public var base: String?

    /// A link with its relation and an optional media type.
    public init(href: String, rel: String, type: String? = nil) {
        self.href = href
        self.rel = rel
        self.type = type
    }
}
