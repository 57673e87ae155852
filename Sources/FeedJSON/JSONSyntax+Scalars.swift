import Foundation

/// Strings and numbers, the two token kinds with an inner grammar, and the wording of
/// failures.
extension JSONSyntax {
    /// Reads a string token starting at its opening quote and returns its decoded text.
    mutating func string() throws(Failure) -> String {
        let start = index
        index += 1
        var text: [UInt8] = []
        var run = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                // Plain strings (the common case) are decoded straight from the input.
                let result =
                    try text.isEmpty
                    ? validated(run) : String(decoding: text + validated(run).utf8, as: UTF8.self)
                index += 1
                return result
            case UInt8(ascii: "\\"):
                text.append(contentsOf: try validated(run).utf8)
                try escape(into: &text)
                run = index
            case UInt8(ascii: "\n"):
                throw Failure(
                    offset: start, message: "unterminated string: line break before the closing quote")
            case 0...0x1F:
                throw Failure(offset: index, message: "\(describeCurrent()) inside a string")
            default:
                index += 1
            }
        }
        throw Failure(offset: start, message: "unterminated string")
    }

    /// The bytes from `run` to `index` as text, checked as UTF-8.
    private func validated(_ run: Int) throws(Failure) -> String {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[run..<index])
        if let text = String(validating: slice, as: UTF8.self) { return text }
        let invalid = JSONSourceLocation.firstInvalidUTF8(in: Array(slice)) ?? 0
        throw Failure(offset: run + invalid, message: "the file is not valid UTF-8")
    }

    private static let simpleEscapes: [UInt8: Unicode.Scalar] = [
        UInt8(ascii: "\""): "\"", UInt8(ascii: "\\"): "\\", UInt8(ascii: "/"): "/",
        UInt8(ascii: "b"): "\u{8}",
        UInt8(ascii: "f"): "\u{C}", UInt8(ascii: "n"): "\n", UInt8(ascii: "r"): "\r", UInt8(ascii: "t"): "\t",
    ]

    private mutating func escape(into text: inout [UInt8]) throws(Failure) {
        let start = index
        index += 1
        guard let byte = current else { throw Failure(offset: start, message: "unterminated string") }
        if let replacement = Self.simpleEscapes[byte] {
            text.append(contentsOf: String(replacement).utf8)
            index += 1
        } else if byte == UInt8(ascii: "u") {
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
            guard current == UInt8(ascii: "\\"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "u")
            else {
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

    /// Reads a number token: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, as an
    /// integer when it has no fraction or exponent and fits, else as a double.
    mutating func number() throws(Failure) -> JSONValue {
        let start = index
        var isInteger = true
        if current == UInt8(ascii: "-") { index += 1 }
        if current == UInt8(ascii: "0") {
            index += 1
            if let next = current, Self.isDigit(next) {
                throw Failure(offset: start, message: "number with a leading zero")
            }
        } else {
            try digits(start: start)
        }
        if current == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            try digits(start: start)
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            try digits(start: start)
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let integer = Int(text) { return .integer(integer) }
        guard let value = Double(text), value.isFinite else {
            throw Failure(offset: start, message: "number \(text) is out of range")
        }
        return .double(value)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private mutating func digits(start: Int) throws(Failure) {
        let first = index
        while let byte = current, Self.isDigit(byte) { index += 1 }
        guard index > first else { throw Failure(offset: index, message: incompleteNumber(start: start)) }
    }

    private func incompleteNumber(start: Int) -> String {
        let shown = String(decoding: bytes[start..<index], as: UTF8.self)
        let found = index < bytes.count ? describeCurrent() : "the end of the file"
        return "incomplete number \(OneLineText.quoted(shown)): expected a digit, found \(found)"
    }

    /// "expected X, found 'y'", or at the end of the file "unexpected end of file, expected X"
    /// placed just after the last token.
    func expected(_ what: String) -> Failure {
        guard index < bytes.count else {
            var end = bytes.count
            while end > 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
            return Failure(offset: end, message: "unexpected end of file, expected \(what)")
        }
        let tail = UnsafeRawBufferPointer(rebasing: bytes[index..<min(index + 4, bytes.count)])
        if bytes[index] >= 0x80,
            String(validating: tail.prefix(Self.sequenceLength(bytes[index])), as: UTF8.self) == nil
        {
            return Failure(offset: index, message: "the file is not valid UTF-8")
        }
        return Failure(offset: index, message: "expected \(what), found \(describeCurrent())")
    }

    /// How many bytes the UTF-8 sequence led by `byte` has (1 for a stray continuation).
    private static func sequenceLength(_ byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
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
