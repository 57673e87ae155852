/// A category or tag: Atom's `term`/`scheme`/`label`, RSS's text and `domain`.
public struct Category: Sendable, Equatable, Hashable, Codable {
    public var term: String
    public var scheme: String?
    public var label: String?

    public init(term: String, scheme: String? = nil, label: String? = nil) {
        self.term = term
        self.scheme = scheme
        self.label = label
    }
}
