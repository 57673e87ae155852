/// An RSS `category`: its text, and the optional `domain` naming the taxonomy.
public struct RSSCategory: Sendable, Equatable, Hashable {
    public var value: String
    public var domain: String?

    public init(_ value: String, domain: String? = nil) {
        self.value = value
        self.domain = domain
    }
}
