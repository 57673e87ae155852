/// Where the parts of a JSON document are, as byte offsets, for tools that edit one value
/// of a file in place and leave every other byte as the user wrote it.
public struct JSONValueSpan: Sendable, Equatable {
    /// The offset of the value's first byte.
    public var start: Int
    /// The offset just past the value's last byte.
    public var end: Int

    /// The span `start..<end`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// The top-level object of a document, member by member.
public struct JSONObjectSpans: Sendable, Equatable {
    /// One member: its key, where the key's opening quote is, and its value's span.
    public struct Member: Sendable, Equatable {
        /// The key, escapes decoded.
        public var key: String
        /// The offset of the key's opening `"`.
        public var keyStart: Int
        /// Where the member's value is.
        public var value: JSONValueSpan
    }

    /// The whole object, from `{` to just past `}`.
    public var object: JSONValueSpan
    /// The members in document order.
    public var members: [Member]
}

extension JSONSyntax {
    /// The members of the top-level object of `bytes`, with their positions; the document
    /// must be well-formed (strict mode).
    public static func objectSpans(_ bytes: UnsafeRawBufferPointer) throws(Failure) -> JSONObjectSpans {
        var reader = JSONSyntax(bytes: bytes, mode: .strict, limits: Limits())
        if bytes.starts(with: JSONSourceLocation.byteOrderMark) { reader.index = 3 }
        let spans = try reader.objectSpans()
        reader.skipWhitespace()
        guard reader.index == bytes.count else {
            throw reader.expected("the end of the file after the object")
        }
        return spans
    }

    /// The elements of the array that is the value of the top-level member `key` of
    /// `bytes`, each with its span; `nil` when there is no such member.
    public static func arrayElementSpans(_ bytes: UnsafeRawBufferPointer, member key: String) throws(Failure)
        -> [JSONValueSpan]?
    {
        let spans = try objectSpans(bytes)
        guard let member = spans.members.first(where: { $0.key == key }) else { return nil }
        var reader = JSONSyntax(bytes: bytes, mode: .strict, limits: Limits())
        reader.index = member.value.start
        guard reader.current == UInt8(ascii: "[") else { throw reader.expected("an array") }
        reader.index += 1
        var elements: [JSONValueSpan] = []
        while true {
            reader.skipWhitespace()
            if reader.current == UInt8(ascii: "]") { break }
            let start = reader.index
            _ = try reader.value(depth: 1)
            elements.append(JSONValueSpan(start: start, end: reader.index))
            reader.skipWhitespace()
            guard reader.current == UInt8(ascii: ",") else { break }
            reader.index += 1
        }
        return elements
    }

    private mutating func objectSpans() throws(Failure) -> JSONObjectSpans {
        skipWhitespace()
        guard current == UInt8(ascii: "{") else { throw expected("a JSON object") }
        let objectStart = index
        index += 1
        var members: [JSONObjectSpans.Member] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            index += 1
            return JSONObjectSpans(object: JSONValueSpan(start: objectStart, end: index), members: [])
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw expected("a key in double quotes") }
            let keyStart = index
            let key = try string()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw expected("':' after the key") }
            index += 1
            skipWhitespace()
            let valueStart = index
            _ = try value(depth: 1)
            members.append(
                .init(key: key, keyStart: keyStart, value: JSONValueSpan(start: valueStart, end: index)))
            skipWhitespace()
            if current == UInt8(ascii: "}") {
                index += 1
                return JSONObjectSpans(
                    object: JSONValueSpan(start: objectStart, end: index), members: members)
            }
            guard current == UInt8(ascii: ",") else { throw expected("',' or '}' after a member") }
            index += 1
        }
    }
}
