/// An RSS `enclosure`: all three attributes are required by the specification.
public struct RSSEnclosure: Sendable, Equatable {
    public var url: String
    /// Size in bytes as written; the best practice profile says 0 when unknown.
    public var length: Int64
    public var type: String
    /// The `xml:base` the element says itself, resolved: the base for a relative `url`.
    /// Nil when it inherits the item's.
    public var base: String?

    public init(url: String, length: Int64, type: String) {
        self.url = url
        self.length = length
        self.type = type
    }
}
