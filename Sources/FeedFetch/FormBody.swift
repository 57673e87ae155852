/// An `application/x-www-form-urlencoded` request body, as HTML forms and WebSub hubs
/// expect it: `name=value` pairs joined by `&`, in the order given.
///
/// Encoding follows the WHATWG URL standard's form serializer: letters, digits and
/// `*-._` stay, a space becomes `+`, and every other byte of the UTF-8 text is
/// percent-encoded, so a URL value (`https://a.example/feed?x=1`) arrives intact.
public struct FormBody: Sendable, Equatable {
    /// The `Content-Type` the body is sent with.
    public static let mediaType = "application/x-www-form-urlencoded"

    /// The fields, in the order they are sent.
    public var fields: [Field]

    /// One `name=value` pair.
    public struct Field: Sendable, Equatable {
        /// The field's name, unencoded.
        public var name: String
        /// The field's value, unencoded.
        public var value: String

        /// A field named `name` holding `value`.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// A body of `fields`, in order.
    public init(_ fields: [Field]) {
        self.fields = fields
    }

    /// The body as sent on the wire.
    public var encoded: String {
        fields.map { Self.encode($0.name) + "=" + Self.encode($0.value) }.joined(separator: "&")
    }

    static func encode(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: " "): out.append("+")
            case _ where isUnreserved(byte): out.append(Character(Unicode.Scalar(byte)))
            default: out += "%" + hexDigits(byte)
            }
        }
        return out
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: [UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_")].contains(byte)
        }
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
