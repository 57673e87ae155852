/// An Atom entry `source`: the metadata of the feed a copied entry came from.
public struct AtomSource: Sendable, Equatable {
    public var id: String?
    public var title: String?
    public var selfLink: String?
    /// RFC 3339: when the source feed was last updated.
    public var updated: String?

    public init(id: String? = nil, title: String? = nil, selfLink: String? = nil, updated: String? = nil) {
        self.id = id
        self.title = title
        self.selfLink = selfLink
        self.updated = updated
    }
}
