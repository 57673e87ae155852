/// An Atom text construct: the value and the `type` attribute that says how to read it.
public struct AtomText: Sendable, Equatable {
    /// The `type` attribute of a text construct.
    public enum Kind: String, Sendable, Equatable {
        case text
        case html
        case xhtml
    }

    public var kind: Kind
    public var value: String
    /// The `xml:base` in scope on the element (its own, or inherited), resolved: the base
    /// for relative URLs in HTML and XHTML values. Nil when the reader did not record one.
    public var base: String?

    public init(_ value: String, kind: Kind = .text, base: String? = nil) {
        self.kind = kind
        self.value = value
        self.base = base
    }
}
