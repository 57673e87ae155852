/// An Atom `link`.
public struct AtomLink: Sendable, Equatable {
    public var href: String
    /// Omitted on output when it is `alternate`, the default RFC 4287 gives it.
    public var rel: String?
    public var type: String?
    public var hreflang: String?
    public var title: String?
    public var length: Int64?
    /// The `xml:base` in scope on the element (its own, or inherited), resolved: the base
    /// for a relative `href`.
    public var base: String?

    public init(
        href: String,
        rel: String? = nil,
        type: String? = nil,
        hreflang: String? = nil,
        title: String? = nil,
        length: Int64? = nil,
        base: String? = nil
    ) {
        self.href = href
        self.rel = rel
        self.type = type
        self.hreflang = hreflang
        self.title = title
        self.length = length
        self.base = base
    }
}
