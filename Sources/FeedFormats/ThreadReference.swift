/// A `thr:in-reply-to` element (RFC 4685): the entry this one answers.
public struct ThreadReference: Sendable, Equatable {
    public var ref: String
    public var href: String?
    public var type: String?

    public init(ref: String, href: String? = nil, type: String? = nil) {
        self.ref = ref
        self.href = href
        self.type = type
    }
}
