/// An `atom:link` inside an RSS channel.
public struct RSSAtomLink: Sendable, Equatable {
    public var href: String
    public var rel: String
    public var type: String?
    /// `length` as written (enclosure links).
    public var length: String?
    /// The `xml:base` the element says itself, resolved: the base for a relative `href`.
    /// Nil when it inherits its parent's.
    public var base: String?

    public init(href: String, rel: String, type: String? = nil) {
        self.href = href
        self.rel = rel
        self.type = type
    }
}
