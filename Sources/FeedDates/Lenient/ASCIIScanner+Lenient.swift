/// A run of letters read by ``ASCIIScanner/word()``, packed for table lookup.
struct ScannedWord {
    /// Six bits per letter, case-folded: ASCII `a`-`z` are 1-26, Cyrillic `а`-`я` are 27-58
    /// (`ё` folds to `е`). Words longer than ten letters get a key no table holds.
    let key: UInt64
    let length: Int
    /// Every letter was an ASCII capital, as unknown zone abbreviations are.
    let isUppercaseASCII: Bool
}

/// The lenient parser's additions to the shared byte scanner: optional digit runs, any
/// whitespace, decimal fractions and words in two alphabets.
extension ASCIIScanner {
    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// The byte `offset` places after ``next``, without consuming anything.
    func peek(_ offset: Int) -> UInt8? {
        var copy = self
        for _ in 0..<offset {
            guard copy.next != nil else { return nil }
            copy.advance()
        }
        return copy.next
    }

    /// One to `limit` digits as a number and how many there were; nil, consuming nothing,
    /// when no digit comes next.
    mutating func number(upTo limit: Int) -> (value: Int, digits: Int)? {
        var value = 0
        var count = 0
        while count < limit, let byte = next, Self.isDigit(byte) {
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            advance()
            count += 1
        }
        return count == 0 ? nil : (value, count)
    }

    /// Skips spaces, tabs, line breaks, no-break spaces (U+00A0, as `&nbsp;` decodes) and
    /// narrow no-break spaces (U+202F, which ICU puts before AM/PM); returns how many.
    mutating func skipWhitespace() -> Int {
        var count = 0
        while let byte = next {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                advance()
            case 0xC2 where peek(1) == 0xA0:
                advance()
                advance()
            case 0xE2 where peek(1) == 0x80 && peek(2) == 0xAF:
                advance()
                advance()
                advance()
            default:
                return count
            }
            count += 1
        }
        return count
    }

    /// Consumes whitespace if a digit follows it, so a date can tell `2025-05-12 16:45` from
    /// `2025-05-12 (comment)`.
    mutating func skipWhitespaceBeforeDigit() -> Int {
        var probe = self
        let count = probe.skipWhitespace()
        guard count > 0, let byte = probe.next, Self.isDigit(byte) else { return 0 }
        self = probe
        return count
    }

    /// The digits of a decimal fraction (its separator already consumed) as nanoseconds, or
    /// nil if there are none. Digits past the ninth are read and dropped, as `RFC3339` does.
    mutating func fractionNanoseconds() -> Int? {
        var nanoseconds = 0
        var scale = 1_000_000_000
        var count = 0
        while let byte = next, Self.isDigit(byte) {
            scale /= 10
            nanoseconds += Int(byte - UInt8(ascii: "0")) * scale
            count += 1
            advance()
        }
        return count > 0 ? nanoseconds : nil
    }

    /// A run of ASCII or Cyrillic letters, or nil (consuming nothing) if none comes next.
    mutating func word() -> ScannedWord? {
        var key: UInt64 = 0
        var length = 0
        var isUppercaseASCII = true
        while let code = letterCode(isUppercaseASCII: &isUppercaseASCII) {
            key = length < 10 ? key << 6 | code : UInt64.max
            length += 1
        }
        return length == 0 ? nil : ScannedWord(key: key, length: length, isUppercaseASCII: isUppercaseASCII)
    }

    /// Consumes one letter (one ASCII byte or one two-byte Cyrillic letter) and returns its
    /// case-folded code; clears `isUppercaseASCII` for anything but `A`-`Z`.
    private mutating func letterCode(isUppercaseASCII: inout Bool) -> UInt64? {
        guard let byte = next else { return nil }
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            advance()
            return UInt64(byte - UInt8(ascii: "A") + 1)
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            isUppercaseASCII = false
            advance()
            return UInt64(byte - UInt8(ascii: "a") + 1)
        case 0xD0, 0xD1:
            guard let second = peek(1), let index = Self.cyrillicIndex(lead: byte, second) else { return nil }
            isUppercaseASCII = false
            advance()
            advance()
            return 27 + index
        default:
            return nil
        }
    }

    /// Position of a Cyrillic letter in `а`...`я` (0...31), either case, from its UTF-8 bytes.
    private static func cyrillicIndex(lead: UInt8, _ second: UInt8) -> UInt64? {
        switch (lead, second) {
        case (0xD0, 0x90...0xAF): UInt64(second - 0x90)  // А...Я
        case (0xD0, 0xB0...0xBF): UInt64(second - 0xB0)  // а...п
        case (0xD1, 0x80...0x8F): UInt64(second - 0x80 + 16)  // р...я
        case (0xD0, 0x81), (0xD1, 0x91): 5  // Ё, ё read as Е, е
        default: nil
        }
    }
}
