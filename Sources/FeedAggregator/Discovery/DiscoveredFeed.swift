/// A feed found for a page: where it is, what it is, and how it was found.
public struct DiscoveredFeed: Sendable, Equatable {
    /// How a feed was found.
    public enum Via: String, Sendable, Equatable {
        /// Declared by the page with `<link rel="alternate">`.
        case link
        /// Found at one of the common locations on the page's origin.
        case guess
        /// The address given was a feed itself.
        case this = "self"
    }

    /// The feed's absolute URL (as written when a file's relative link has no base).
    public var url: String
    /// The media type: as declared for a link, from the format read otherwise.
    public var type: String
    /// The link's `title` attribute, or the feed's own title when it was read.
    public var title: String?
    /// How it was found.
    public var via: Via

    /// A feed as discovery reports it.
    public init(url: String, type: String, title: String?, via: Via) {
        self.url = url
        self.type = type
        self.title = title
        self.via = via
    }
}
