extension LenientParser {
    /// `H:M[:S[.fraction]]`, each part one or two digits, then `AM`/`PM`/`a.m.`/`p.m.` if
    /// allowed (hour 1...12). Publishers that format with `%-M` or `%-S` write `12:35:9`;
    /// a one-digit part is noted, never rejected.
    mutating func time(allowingMeridiem: Bool) -> Bool {
        guard let hour = scanner.number(upTo: 2), consume(":"),
            let minute = scanner.number(upTo: 2)
        else { return false }
        reading.hour = hour.value
        reading.minute = minute.value
        var isUnpadded = minute.digits == 1
        if consume(":") {
            guard let second = scanner.number(upTo: 2) else { return false }
            reading.second = second.value
            isUnpadded = isUnpadded || second.digits == 1
            fraction()
        } else {
            reading.strictRepairs.insert(.missingSeconds)
            isRFC3339 = false
        }
        if allowingMeridiem, let isPM = meridiem() {
            guard (1...12).contains(hour.value) else { return false }
            reading.hour = hour.value % 12 + (isPM ? 12 : 0)
        } else if hour.digits == 1 {
            isUnpadded = true
        }
        if isUnpadded {
            reading.strictRepairs.insert(.unpaddedNumber)
            isRFC3339 = false
        }
        return true
    }

    /// An optional `.5` after the seconds, or ISO 8601's `,5`; any number of digits.
    private mutating func fraction() {
        guard let separator = scanner.next,
            separator == UInt8(ascii: ".") || separator == UInt8(ascii: ","),
            let digit = scanner.peek(1), ASCIIScanner.isDigit(digit)
        else { return }
        if separator == UInt8(ascii: ",") { isRFC3339 = false }
        scanner.advance()
        reading.nanoseconds = scanner.fractionNanoseconds() ?? 0
    }

    /// `AM`, `PM`, `a.m.` or `p.m.` in any case after optional whitespace: true for PM, nil
    /// (consuming nothing) when absent.
    private mutating func meridiem() -> Bool? {
        var probe = scanner
        _ = probe.skipWhitespace()
        guard let word = probe.word() else { return nil }
        if case .meridiem(let isPM)? = LenientWord.lookUp(word) {
            scanner = probe
            return isPM
        }
        guard word.length == 1, word.key == LenientWord.letterA || word.key == LenientWord.letterP,
            probe.consume(UInt8(ascii: ".")), let letter = probe.word(),
            letter.key == LenientWord.letterM, probe.consume(UInt8(ascii: "."))
        else { return nil }
        scanner = probe
        return word.key == LenientWord.letterP
    }
}
