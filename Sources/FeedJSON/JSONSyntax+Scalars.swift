/// Strings and numbers, the two token kinds with an inner grammar.
extension JSONSyntax {
    /// Reads a string token starting at its opening quote and returns its decoded text.
    mutating func string() throws(Failure) -> String {
        let start = index
        index += 1
        var text: [UInt8] = []
        while let scalar = current {
            switch scalar {
            case "\"":
                index += 1
                return String(decoding: text, as: UTF8.self)
            case "\\": try escape(into: &text)
            case "\n":
                throw Failure(
                    offset: start, message: "unterminated string: line break before the closing quote")
            case "\u{0}"..."\u{1F}":
                throw Failure(offset: index, message: "\(describeCurrent()) inside a string")
            default:
                text.append(bytes[index])
                index += 1
            }
        }
        throw Failure(offset: start, message: "unterminated string")
    }

    private static let simpleEscapes: [Unicode.Scalar: Unicode.Scalar] = [
        "\"": "\"", "\\": "\\", "/": "/", "b": "\u{8}", "f": "\u{C}", "n": "\n", "r": "\r", "t": "\t",
    ]

    private mutating func escape(into text: inout [UInt8]) throws(Failure) {
        let start = index
        index += 1
        guard let scalar = current else { throw Failure(offset: start, message: "unterminated string") }
        if let replacement = Self.simpleEscapes[scalar] {
            text.append(contentsOf: String(replacement).utf8)
            index += 1
        } else if scalar == "u" {
            index += 1
            text.append(contentsOf: String(try unicodeEscape(start: start)).utf8)
        } else {
            throw Failure(
                offset: start, message: "invalid escape: backslash followed by \(describeCurrent())")
        }
    }

    /// The scalar of a `\uXXXX` escape (or surrogate pair) whose backslash is at `start`.
    private mutating func unicodeEscape(start: Int) throws(Failure) -> Unicode.Scalar {
        let high = try hexQuad(start: start)
        if (0xD800..<0xDC00).contains(high) {
            let lowStart = index
            guard current == "\\", index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u") else {
                throw Failure(offset: start, message: "unpaired surrogate in \\u escape")
            }
            index += 2
            let low = try hexQuad(start: lowStart)
            guard (0xDC00..<0xE000).contains(low) else {
                throw Failure(offset: start, message: "unpaired surrogate in \\u escape")
            }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
        }
        guard let scalar = Unicode.Scalar(high) else {
            throw Failure(offset: start, message: "unpaired surrogate in \\u escape")
        }
        return scalar
    }

    private mutating func hexQuad(start: Int) throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = Self.hexValue(bytes[index]) else {
                throw Failure(offset: start, message: "invalid \\u escape, expected four hex digits")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Reads a number token: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func number() throws(Failure) {
        let start = index
        if current == "-" { index += 1 }
        if current == "0" {
            index += 1
            if let next = current, ("0"..."9").contains(next) {
                throw Failure(offset: start, message: "number with a leading zero")
            }
        } else {
            try digits(start: start)
        }
        if current == "." {
            index += 1
            try digits(start: start)
        }
        if current == "e" || current == "E" {
            index += 1
            if current == "+" || current == "-" { index += 1 }
            try digits(start: start)
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw Failure(offset: start, message: "number \(text) is out of range")
        }
    }

    private mutating func digits(start: Int) throws(Failure) {
        let first = index
        while let scalar = current, ("0"..."9").contains(scalar) { index += 1 }
        guard index > first else { throw Failure(offset: index, message: incompleteNumber(start: start)) }
    }

    private func incompleteNumber(start: Int) -> String {
        let shown = String(decoding: bytes[start..<index], as: UTF8.self)
        let found = index < bytes.count ? describeCurrent() : "the end of the file"
        return "incomplete number \(JSONText.quoted(shown)): expected a digit, found \(found)"
    }
}
