/// An element from a namespace Feedwright does not interpret, kept rather than dropped so
/// nothing a publisher wrote is silently lost.
public struct ForeignElement: Sendable, Equatable {
    /// The element's namespace: how it is matched, whatever prefix the document used.
    public var namespaceURI: String
    /// The element's name without its prefix.
    public var localName: String
    /// The element's text content.
    public var text: String

    /// An element named by namespace and local name, with its text.
    public init(namespaceURI: String, localName: String, text: String) {
        self.namespaceURI = namespaceURI
        self.localName = localName
        self.text = text
    }
}

/// A `thr:in-reply-to` element (RFC 4685): the entry this one answers.
public struct ThreadReference: Sendable, Equatable {
    /// The id of the entry answered (Atom `id` or RSS `guid`).
    public var ref: String
    /// Where the entry answered can be read.
    public var href: String?
    /// The media type of the resource at `href`.
    public var type: String?

    /// A reference to the entry answered, with where to read it if known.
    public init(ref: String, href: String? = nil, type: String? = nil) {
        self.ref = ref
        self.href = href
        self.type = type
    }
}
