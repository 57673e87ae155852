import Foundation

/// The lenient grammar, one small function per part; ``LenientDate`` documents what it
/// accepts.
///
/// Backtracking is by value: a part is tried on a copy of the parser, and the copy is kept
/// only if the part matched, so repairs noted during a failed try vanish with it. A copy is
/// a pointer and a few integers.
struct LenientParser {
    var scanner: ASCIIScanner
    var reading = LenientReading()
    /// Still exactly RFC 3339's `date-time`; every deviation the ISO 8601 grammar allows
    /// clears it.
    var isRFC3339 = true

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, defaultZone: TimeZone) -> LenientDate.Result? {
        var parser = LenientParser(scanner: ASCIIScanner(bytes))
        guard let form = parser.form(), parser.trailer() else { return nil }
        return parser.reading.result(form: form, defaultZone: defaultZone)
    }

    /// Picks the grammar by the first byte and the length of the first digit run.
    private mutating func form() -> LenientDate.Form? {
        if scanner.skipWhitespace() > 0 { reading.repairs.insert(.extraWhitespace) }
        guard let first = scanner.next else { return nil }
        guard ASCIIScanner.isDigit(first) else { return wordFirst() }
        var probe = scanner
        let digits = probe.digitRun(limit: 11)
        let after = probe.next
        switch digits {
        case 4 where after == UInt8(ascii: "-"): return isoExtended()
        case 4 where after == UInt8(ascii: "/"): return slashed()
        case 8: return isoBasic()
        case 10: return unixEpoch()
        case 1, 2: return after == UInt8(ascii: ".") ? dotted() : dayMonthYear()
        default: return nil
        }
    }

    /// What may follow a date: whitespace and `(comments)`, then the end of the text.
    private mutating func trailer() -> Bool {
        while true {
            let spaces = scanner.skipWhitespace()
            if scanner.isAtEnd {
                if spaces > 0 { reading.repairs.insert(.extraWhitespace) }
                return true
            }
            guard consume("(") else { return false }
            while let byte = scanner.next, byte != UInt8(ascii: ")") { scanner.advance() }
            guard consume(")") else { return false }
            reading.repairs.insert(.trailingComment)
        }
    }

    // MARK: Shared pieces

    mutating func consume(_ character: Unicode.Scalar) -> Bool {
        scanner.consume(UInt8(ascii: character))
    }

    func nextIs(_ character: Unicode.Scalar) -> Bool {
        scanner.next == UInt8(ascii: character)
    }

    /// Whitespace between two parts; true if there was any. More than one character is noted.
    mutating func space() -> Bool {
        let count = scanner.skipWhitespace()
        if count > 1 { reading.repairs.insert(.extraWhitespace) }
        return count > 0
    }

    /// Whitespace, a comma, or both, between two parts.
    mutating func separator() -> Bool {
        let spaced = space()
        guard consume(",") else { return spaced }
        _ = space()
        return true
    }

    /// Four digits, or two read with RFC 2822's window (00-49 is 20xx, 50-99 is 19xx).
    mutating func year(allowingTwoDigits: Bool) -> Int? {
        guard let year = scanner.number(upTo: 4) else { return nil }
        switch year.digits {
        case 4:
            return year.value
        case 2 where allowingTwoDigits:
            reading.repairs.insert(.twoDigitYear)
            return year.value + (year.value < 50 ? 2000 : 1900)
        default:
            return nil
        }
    }

    /// The meaning of the word that comes next, consuming it only when `accept` says so.
    mutating func word(if accept: (LenientWord) -> Bool) -> LenientWord? {
        var probe = scanner
        guard let word = probe.word(), let meaning = LenientWord.lookUp(word), accept(meaning) else {
            return nil
        }
        scanner = probe
        return meaning
    }

    /// What may follow a date: `[,] [at|в] time [zone]`, or nothing (midnight, noted).
    mutating func timeAndZone(context: ZoneContext) -> Bool {
        var probe = self
        let separated = probe.separator()
        if probe.word(if: { if case .connector = $0 { true } else { false } }) != nil {
            guard probe.space() else { return false }
        } else if !separated {
            reading.repairs.insert(.missingTime)
            return true
        }
        guard let next = probe.scanner.next, ASCIIScanner.isDigit(next) else {
            reading.repairs.insert(.missingTime)
            return true
        }
        self = probe
        guard time(allowingMeridiem: true) else { return false }
        optionalZone(context: context)
        return true
    }
}
