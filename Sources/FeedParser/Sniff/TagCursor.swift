import Foundation

/// A forward-only reader of HTML start tags over bytes, for `WebPageFeedLinks`.
struct TagCursor {
    let bytes: UnsafeRawBufferPointer
    private var index = 0

    init(bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The lowercased name of the next start tag, the cursor left after it; comments,
    /// declarations and end tags are passed over.
    mutating func nextStartTag() -> String? {
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            index += 1
            if starts(with: "!--") {
                skip(past: "-->")
            } else if index < bytes.count, isLetter(bytes[index]) {
                return name()
            }
        }
        return nil
    }

    /// The attributes of the tag whose name was just read, names lowercased, values with
    /// their character references decoded; the cursor is left after the tag's `>`.
    mutating func attributes() -> [String: String] {
        var attributes: [String: String] = [:]
        while index < bytes.count {
            skipWhitespace()
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                index += 1
                break
            }
            if byte == UInt8(ascii: "/") {
                index += 1
                continue
            }
            let key = name()
            guard !key.isEmpty else {
                index += 1
                continue
            }
            skipWhitespace()
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                skipWhitespace()
                value = CharacterReferences.decode(rawValue())
            }
            if attributes[key] == nil { attributes[key] = value }
        }
        return attributes
    }

    /// Moves past `</name` (any case), for elements whose content is not markup.
    mutating func skipPastEndTag(_ name: String) {
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "/")
            {
                index += 2
                if starts(with: name, caseInsensitive: true) { return }
            } else {
                index += 1
            }
        }
    }

    private mutating func name() -> String {
        let start = index
        while index < bytes.count, !isNameEnd(bytes[index]) { index += 1 }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            .lowercased()
    }

    private mutating func rawValue() -> String {
        guard index < bytes.count else { return "" }
        let quote = bytes[index]
        let start: Int
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            index += 1
            start = index
            while index < bytes.count, bytes[index] != quote { index += 1 }
            defer { index = min(index + 1, bytes.count) }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }
        start = index
        while index < bytes.count, !isWhitespace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
            index += 1
        }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private func starts(with text: String, caseInsensitive: Bool = false) -> Bool {
        let utf8 = Array(text.utf8)
        guard index + utf8.count <= bytes.count else { return false }
        return utf8.indices.allSatisfy {
            caseInsensitive ? bytes[index + $0] | 0x20 == utf8[$0] | 0x20 : bytes[index + $0] == utf8[$0]
        }
    }

    private mutating func skip(past text: String) {
        while index < bytes.count, !starts(with: text) { index += 1 }
        index = min(index + text.utf8.count, bytes.count)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, isWhitespace(bytes[index]) { index += 1 }
    }

    private func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private func isNameEnd(_ byte: UInt8) -> Bool {
        isWhitespace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
            || byte == UInt8(ascii: "=")
    }
}

/// The character references an attribute value may hold: the five XML ones, `&nbsp;` and
/// numeric ones. Others stay as written (an `href` rarely holds more).
enum CharacterReferences {
    static func decode(_ value: String) -> String {
        guard value.contains("&") else { return value }
        var out = ""
        var rest = Substring(value)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semicolon = after.prefix(10).firstIndex(of: ";"),
                let scalar = scalar(named: after[..<semicolon])
            else {
                out += "&"
                rest = after
                continue
            }
            out.unicodeScalars.append(scalar)
            rest = after[after.index(after: semicolon)...]
        }
        return out + rest
    }

    private static func scalar(named name: Substring) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{A0}"
        default:
            guard name.first == "#" else { return nil }
            let digits = name.dropFirst()
            let code =
                digits.first == "x" || digits.first == "X"
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return code.flatMap(Unicode.Scalar.init)
        }
    }
}
