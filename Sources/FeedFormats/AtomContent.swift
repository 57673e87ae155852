/// An Atom `content` element (RFC 4287 section 4.1.3): inline text, HTML or XHTML, inline
/// content of another media type, or a reference to content elsewhere (`src`).
public struct AtomContent: Sendable, Equatable {
    /// The `type` attribute: `text`, `html`, `xhtml` or a MIME type; `nil` means `text`.
    public var type: String?
    public var value: String
    /// Out-of-line content: the content is at this IRI and `value` is empty.
    public var src: String?
    /// The `xml:base` in scope on the element (its own, or inherited), resolved: the base
    /// for `src` and for relative URLs in the value.
    public var base: String?

    public init(_ value: String, type: String? = nil, src: String? = nil, base: String? = nil) {
        self.type = type
        self.value = value
        self.src = src
        self.base = base
    }

    /// The text-construct kind this content reads as, if it is one of the three.
    public var textKind: AtomText.Kind? {
        switch type?.lowercased() {
        case nil, "text", "text/plain": .text
        case "html", "text/html": .html
        case "xhtml", "application/xhtml+xml": .xhtml
        default: nil
        }
    }
}
