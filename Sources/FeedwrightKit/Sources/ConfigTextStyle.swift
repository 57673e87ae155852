/// How a JSON file is laid out, read from the file itself so that lines added to it look
/// like the lines already there: line ending, indentation unit, the spacing around `:`
/// and whether the file is on one line.
struct ConfigTextStyle {
    /// `\r\n` when the file uses it, else `\n`.
    var newline: [UInt8]
    /// One level of indentation: a tab, or the smallest run of leading spaces in the file.
    var unit: [UInt8]
    /// What separates a key from its value, as in the file's first member (`": "` → `: `).
    var colon: [UInt8]
    /// `true` when the top-level object has no line break between `{` and its first member.
    var isCompact: Bool

    init(_ bytes: [UInt8], firstMember: (keyStart: Int, valueStart: Int)?, objectStart: Int) {
        newline = Self.contains(bytes, [0x0D, 0x0A]) ? [0x0D, 0x0A] : [0x0A]
        unit = Self.indentUnit(bytes)
        colon = [UInt8(ascii: ":"), UInt8(ascii: " ")]
        isCompact = false
        guard let firstMember else { return }
        isCompact = !bytes[objectStart..<firstMember.keyStart].contains(0x0A)
        let between = bytes[firstMember.keyStart..<firstMember.valueStart]
        if let colonAt = between.lastIndex(of: UInt8(ascii: ":")) {
            // The whitespace written around the colon, after the key's closing quote.
            let quote = between[..<colonAt].lastIndex(of: UInt8(ascii: "\"")) ?? colonAt
            colon = Array(bytes[(quote + 1)..<firstMember.valueStart])
        }
    }

    /// The whitespace and colon between the first key of the object `element` and its
    /// value (`": "` gives `: `), `nil` when there is no key.
    static func colon(afterFirstKeyIn element: [UInt8]) -> [UInt8]? {
        guard var index = element.firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        index += 1
        while index < element.count, element[index] != UInt8(ascii: "\"") {
            index += element[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        let start = index + 1
        var end = start
        while end < element.count, [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ":")].contains(element[end]) {
            end += 1
        }
        guard start < end, element[start..<end].contains(UInt8(ascii: ":")) else { return nil }
        return Array(element[start..<end])
    }

    /// The leading whitespace of the line holding `offset` when only whitespace comes
    /// before it on that line; `nil` when the value shares its line with other text.
    static func lineIndent(of offset: Int, in bytes: [UInt8]) -> [UInt8]? {
        var start = offset
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        let prefix = bytes[start..<offset]
        guard prefix.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { return nil }
        return Array(prefix)
    }

    private static func indentUnit(_ bytes: [UInt8]) -> [UInt8] {
        var smallest = Int.max
        var lineStart = true
        var run = 0
        for byte in bytes {
            if lineStart {
                if byte == 0x09 { return [0x09] }
                if byte == 0x20 {
                    run += 1
                    continue
                }
                if run > 0, byte != 0x0A, byte != 0x0D { smallest = min(smallest, run) }
                lineStart = false
                run = 0
            }
            if byte == 0x0A {
                lineStart = true
                run = 0
            }
        }
        return Array(repeating: 0x20, count: smallest == .max ? 2 : smallest)
    }

    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if Array(bytes[start..<(start + needle.count)]) == needle { return true }
        }
        return false
    }
}
