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

    public init(_ value: String, kind: Kind = .text) {
        self.kind = kind
        self.value = value
    }
}
