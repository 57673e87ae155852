/// Human-readable text together with how it is to be read.
public struct Text: Sendable, Equatable, Hashable, Codable {
    /// How `value` is encoded.
    public enum Kind: String, Sendable, Equatable, Hashable, Codable {
        /// Plain text: markup characters are literal.
        case plain = "text"
        /// An HTML fragment.
        case html
    }

    /// How ``value`` is to be read.
    public var kind: Kind
    /// The text, or the HTML fragment's source.
    public var value: String

    /// Text of the given kind; plain unless said otherwise.
    public init(_ value: String, kind: Kind = .plain) {
        self.kind = kind
        self.value = value
    }

    /// Plain text.
    public static func plain(_ value: String) -> Text { Text(value, kind: .plain) }
    /// An HTML fragment.
    public static func html(_ value: String) -> Text { Text(value, kind: .html) }
}
