/// A strict RFC 8259 syntax check of JSON bytes, run before (or after a failed)
/// `JSONSerialization`.
///
/// `JSONSerialization` accepts trailing commas, keeps the last of duplicate keys, and on
/// Linux reports most errors as "around character N" or with no position at all. This
/// checker rejects all of those and reports the first problem with its byte offset (and,
/// for duplicate keys, the key path), which callers turn into `line:column` with
/// ``JSONSourceLocation``.
public struct JSONSyntax {
    /// The first syntax problem: where, which key (for duplicates) and what.
    public struct Failure: Error, Equatable, Sendable {
        public var offset: Int
        public var keyPath: String?
        public var message: String
    }

    /// Deeper nesting than this is refused rather than recursed into.
    static let maximumDepth = 100

    let bytes: [UInt8]
    var index = 0

    /// The first problem in `bytes`, or `nil` when they are one well-formed JSON value.
    public static func check(_ bytes: [UInt8]) -> Failure? {
        var checker = JSONSyntax(bytes: bytes)
        do throws(Failure) {
            try checker.document()
            return nil
        } catch {
            return error
        }
    }

    private mutating func document() throws(Failure) {
        if let invalid = JSONSourceLocation.firstInvalidUTF8(in: bytes) {
            throw Failure(offset: invalid, message: "the file is not valid UTF-8")
        }
        if bytes.starts(with: JSONSourceLocation.byteOrderMark) { index = 3 }
        try value(path: nil, depth: 0)
        skipWhitespace()
        guard current == nil else { throw expected("the end of the file after the top-level value") }
    }

    /// The byte at `index` as a scalar, `nil` at the end.
    var current: Unicode.Scalar? {
        index < bytes.count ? Unicode.Scalar(bytes[index]) : nil
    }

    private mutating func value(path: String?, depth: Int) throws(Failure) {
        skipWhitespace()
        guard let scalar = current else { throw expected("a value") }
        switch scalar {
        case "{": try object(path: path, depth: depth + 1)
        case "[": try array(path: path, depth: depth + 1)
        case "\"": _ = try string()
        case "-", "0"..."9": try number()
        case "a"..."z", "A"..."Z": try literal()
        default: throw expected("a value")
        }
    }

    private mutating func object(path: String?, depth: Int) throws(Failure) {
        try checkDepth(depth)
        index += 1
        var seen: Set<String> = []
        skipWhitespace()
        if current == "}" { return index += 1 }
        while true {
            skipWhitespace()
            guard current == "\"" else { throw expected("a key in double quotes") }
            let keyOffset = index
            let key = try string()
            let keyPath = JSONText.keyPath(path, key)
            guard seen.insert(key).inserted else {
                throw Failure(offset: keyOffset, keyPath: keyPath, message: "duplicate key")
            }
            skipWhitespace()
            guard current == ":" else { throw expected("':' after the key") }
            index += 1
            try value(path: keyPath, depth: depth)
            guard try separator(closing: "}", what: "a member") else { return }
        }
    }

    private mutating func array(path: String?, depth: Int) throws(Failure) {
        try checkDepth(depth)
        index += 1
        skipWhitespace()
        if current == "]" { return index += 1 }
        var count = 0
        while true {
            try value(path: JSONText.keyPath(path, index: count), depth: depth)
            count += 1
            guard try separator(closing: "]", what: "an element") else { return }
        }
    }

    /// Consumes `,` (returning true: another item follows) or `closing` (returning false).
    private mutating func separator(closing: Unicode.Scalar, what: String) throws(Failure) -> Bool {
        skipWhitespace()
        if current == closing {
            index += 1
            return false
        }
        guard current == "," else { throw expected("',' or '\(closing)' after \(what)") }
        let comma = index
        index += 1
        skipWhitespace()
        guard current != closing else {
            throw Failure(offset: comma, message: "trailing comma before '\(closing)'")
        }
        return true
    }

    /// `true`, `false` or `null`; any other bare word is an error naming it.
    private mutating func literal() throws(Failure) {
        let start = index
        while index < bytes.count, JSONText.isASCIILetterOrDigit(bytes[index]) { index += 1 }
        let word = String(decoding: bytes[start..<index], as: UTF8.self)
        guard ["true", "false", "null"].contains(word) else {
            let expected = "expected true, false, null or a string in double quotes"
            throw Failure(offset: start, message: "unexpected word \(JSONText.quoted(word)); \(expected)")
        }
    }

    private func checkDepth(_ depth: Int) throws(Failure) {
        guard depth <= Self.maximumDepth else {
            throw Failure(offset: index, message: "nesting deeper than \(Self.maximumDepth) levels")
        }
    }

    mutating func skipWhitespace() {
        while let scalar = current, [" ", "\t", "\n", "\r"].contains(scalar) { index += 1 }
    }

    /// "expected X, found 'y'", or at the end of the file "unexpected end of file, expected X"
    /// placed just after the last token.
    func expected(_ what: String) -> Failure {
        guard index < bytes.count else {
            var end = bytes.count
            while end > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
            return Failure(offset: end, message: "unexpected end of file, expected \(what)")
        }
        return Failure(offset: index, message: "expected \(what), found \(describeCurrent())")
    }

    /// The character at `index`, quoted, or its code point when it is invisible.
    func describeCurrent() -> String {
        let tail = bytes[index..<min(index + 4, bytes.count)]
        guard let scalar = String(decoding: tail, as: UTF8.self).unicodeScalars.first else {
            return "nothing"
        }
        if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control {
            return "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        }
        return scalar == "'" ? "\"'\"" : "'\(scalar)'"
    }
}

extension String {
    /// `self` with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

extension JSONSyntax.Failure {
    init(offset: Int, message: String) {
        self.init(offset: offset, keyPath: nil, message: message)
    }
}
