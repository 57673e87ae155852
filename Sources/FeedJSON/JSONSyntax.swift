import Foundation

/// An RFC 8259 reader of JSON bytes into ``JSONValue``, used instead of
/// `JSONSerialization`.
///
/// `JSONSerialization` accepts trailing commas, keeps the last of duplicate keys, on Linux
/// reports most errors as "around character N" or with no position at all, and needs about
/// 75 bytes of memory per byte of input. This reader, in ``Mode/strict``, rejects all of
/// those and reports the first problem with its byte offset (and, for duplicate keys, the
/// key path), which callers turn into `line:column` with ``JSONSourceLocation``. It refuses
/// nesting deeper than ``maximumDepth`` rather than recursing into it, and with
/// ``Limits/maxArrayElements`` it stops at the first array that grows past the limit and
/// returns what it read so far, so a hostile document costs no more than the limit.
public struct JSONSyntax {
    /// The first syntax problem: where, which key (for duplicates) and what.
    public struct Failure: Error, Equatable, Sendable {
        /// The byte offset of the problem (for ``JSONSourceLocation``).
        public var offset: Int
        /// The key path of the repeated key, for duplicate keys only.
        public var keyPath: String?
        /// What is wrong, one line.
        public var message: String
    }

    /// How forgiving the reader is.
    public enum Mode: Sendable {
        /// RFC 8259 exactly: a trailing comma or a repeated key is a failure.
        case strict
        /// What `JSONSerialization` accepts too: trailing commas, and repeated keys (the
        /// last one wins), for a liberal feed parser.
        case lenient
    }

    /// What the reader gives up on.
    public struct Limits: Sendable {
        /// An array with more elements than this ends the read: the result keeps the first
        /// `maxArrayElements` and everything read before them, and says where it stopped.
        public var maxArrayElements: Int

        /// Limits that stop at arrays longer than `maxArrayElements` (no limit by default).
        public init(maxArrayElements: Int = .max) {
            self.maxArrayElements = maxArrayElements
        }
    }

    /// A document read, possibly only in part.
    public struct Document {
        /// The top-level value.
        public var value: JSONValue
        /// Where reading stopped because an array exceeded ``Limits/maxArrayElements``: the
        /// byte offset of the first element left out, and that array's key path.
        public var truncatedAt: (offset: Int, keyPath: String)?
        /// How many elements the array cut at ``truncatedAt`` holds in all, counted by a
        /// scan that builds nothing; `nil` when nothing was cut, or when the array does not
        /// end before the bytes do.
        public var truncatedArrayCount: Int?
    }

    /// Deeper nesting than this is refused rather than recursed into.
    public static let maximumDepth = 100

    let bytes: UnsafeRawBufferPointer
    let mode: Mode
    let limits: Limits
    var index = 0
    /// The keys and indices leading to the value being read, turned into a key path only
    /// when a message needs one: building a path per value would cost more than the read.
    var path: [PathComponent] = []
    var truncatedAt: (offset: Int, keyPath: String)?
    /// Members of the objects being read, innermost last: each object collects its members
    /// here and copies them out once, into an array of the right size, instead of growing
    /// an array of its own (five allocations for a ten-member object).
    var memberStack: [(key: String, value: JSONValue)] = []
    /// The same for the elements of the arrays being read.
    var elementStack: [JSONValue] = []

    enum PathComponent {
        case key(String)
        case index(Int)
    }

    /// The first problem in `bytes`, or `nil` when they are one well-formed JSON value.
    public static func check(_ bytes: [UInt8]) -> Failure? {
        bytes.withUnsafeBytes { buffer in
            do throws(Failure) {
                _ = try read(buffer, mode: .strict)
                return nil
            } catch {
                return error
            }
        }
    }

    /// Reads `bytes` as one JSON value (after an optional byte order mark).
    public static func read(
        _ bytes: UnsafeRawBufferPointer, mode: Mode, limits: Limits = Limits()
    ) throws(Failure) -> Document {
        var reader = JSONSyntax(bytes: bytes, mode: mode, limits: limits)
        if bytes.starts(with: JSONSourceLocation.byteOrderMark) { reader.index = 3 }
        let value = try reader.value(depth: 0)
        if reader.truncatedAt == nil {
            reader.skipWhitespace()
            guard reader.index == bytes.count else {
                throw reader.expected("the end of the file after the top-level value")
            }
        }
        let count = reader.truncatedAt.flatMap { stop in
            elementCount(in: bytes, from: stop.offset).map { limits.maxArrayElements + $0 }
        }
        return Document(value: value, truncatedAt: reader.truncatedAt, truncatedArrayCount: count)
    }

    /// The byte at `index`, `nil` at the end.
    var current: UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    var isStopped: Bool { truncatedAt != nil }

    mutating func value(depth: Int) throws(Failure) -> JSONValue {
        skipWhitespace()
        guard let byte = current else { throw expected("a value") }
        switch byte {
        case UInt8(ascii: "{"): return .object(try object(depth: depth + 1))
        case UInt8(ascii: "["): return .array(try array(depth: depth + 1))
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        case _ where JSONText.isASCIILetter(byte): return try literal()
        default: throw expected("a value")
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONObject {
        try checkDepth(depth)
        index += 1
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            index += 1
            return JSONObject()
        }
        let base = memberStack.count
        defer { memberStack.removeSubrange(base...) }
        var keys = MemberKeys()
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw expected("a key in double quotes") }
            let keyOffset = index
            let key = try string()
            path.append(.key(key))
            defer { path.removeLast() }
            let earlier = keys.position(of: key, in: memberStack, from: base)
            if mode == .strict, earlier != nil {
                throw Failure(offset: keyOffset, keyPath: keyPath(), message: "duplicate key")
            }
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw expected("':' after the key") }
            index += 1
            let member = try value(depth: depth)
            if let earlier {
                memberStack[earlier].value = member
            } else {
                keys.insert(key, at: memberStack.count, in: memberStack, from: base)
                memberStack.append((key, member))
            }
            if isStopped { break }
            guard try separator(closing: UInt8(ascii: "}"), what: "a member") else { break }
        }
        return JSONObject(Array(memberStack[base...]))
    }

    private mutating func array(depth: Int) throws(Failure) -> [JSONValue] {
        try checkDepth(depth)
        index += 1
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            index += 1
            return []
        }
        let base = elementStack.count
        defer { elementStack.removeSubrange(base...) }
        while true {
            let count = elementStack.count - base
            if count == limits.maxArrayElements {
                skipWhitespace()
                truncatedAt = (index, keyPath())
                break
            }
            path.append(.index(count))
            defer { path.removeLast() }
            let element = try value(depth: depth)
            elementStack.append(element)
            if isStopped { break }
            guard try separator(closing: UInt8(ascii: "]"), what: "an element") else { break }
        }
        return Array(elementStack[base...])
    }

    /// Consumes `,` (returning true: another item follows) or `closing` (returning false).
    private mutating func separator(closing: UInt8, what: String) throws(Failure) -> Bool {
        skipWhitespace()
        if current == closing {
            index += 1
            return false
        }
        let shown = String(UnicodeScalar(closing))
        guard current == UInt8(ascii: ",") else { throw expected("',' or '\(shown)' after \(what)") }
        let comma = index
        index += 1
        skipWhitespace()
        guard current != closing else {
            guard mode == .lenient else {
                throw Failure(offset: comma, message: "trailing comma before '\(shown)'")
            }
            index += 1
            return false
        }
        return true
    }

    /// `true`, `false` or `null`; any other bare word is an error naming it.
    private mutating func literal() throws(Failure) -> JSONValue {
        let start = index
        while index < bytes.count, JSONText.isASCIILetterOrDigit(bytes[index]) { index += 1 }
        let word = String(decoding: bytes[start..<index], as: UTF8.self)
        switch word {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "null": return .null
        default:
            let expected = "expected true, false, null or a string in double quotes"
            throw Failure(offset: start, message: "unexpected word \(OneLineText.quoted(word)); \(expected)")
        }
    }

    private func checkDepth(_ depth: Int) throws(Failure) {
        guard depth <= Self.maximumDepth else {
            throw Failure(offset: index, message: "nesting deeper than \(Self.maximumDepth) levels")
        }
    }

    /// The key path of the value being read: `items[3].title`.
    func keyPath() -> String {
        var result: String?
        for component in path {
            switch component {
            case .key(let key): result = JSONText.keyPath(result, key)
            case .index(let index): result = JSONText.keyPath(result, index: index)
            }
        }
        return result ?? ""
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }
}

/// The keys of the object being read, for finding a repeated key: a scan of its members
/// while there are few, a hash table once there are many, so that a hostile object with a
/// million members costs a million lookups, not half a trillion comparisons.
struct MemberKeys {
    private var table: [String: Int]?

    /// Where `key` already is among the members from `base` on, or `nil`.
    func position(of key: String, in members: [(key: String, value: JSONValue)], from base: Int) -> Int? {
        if let table { return table[key] }
        return members[base...].firstIndex { $0.key == key }
    }

    /// Records `key` at `position`, switching to a table when the object grows large.
    mutating func insert(
        _ key: String, at position: Int, in members: [(key: String, value: JSONValue)], from base: Int
    ) {
        if table != nil {
            table?[key] = position
            return
        }
        guard position - base >= JSONObject.indexThreshold else { return }
        var table = [String: Int](minimumCapacity: 2 * (position - base + 1))
        for earlier in base..<position { table[members[earlier].key] = earlier }
        table[key] = position
        self.table = table
    }
}

extension JSONSyntax.Failure {
    init(offset: Int, message: String) {
        self.init(offset: offset, keyPath: nil, message: message)
    }
}
