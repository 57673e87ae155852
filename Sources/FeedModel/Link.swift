/// A typed web link, as Atom models it; RSS and JSON Feed links map onto `rel` values.
public struct Link: Sendable, Equatable, Hashable, Codable {
    public var href: String
    /// Link relation; `alternate` when the source format does not say.
    public var rel: String
    public var type: String?
    public var title: String?
    public var hreflang: String?
    public var length: Int64?

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
