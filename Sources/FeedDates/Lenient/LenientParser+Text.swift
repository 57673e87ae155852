/// The forms with month names: RFC 822, Russian, month-first and asctime.
extension LenientParser {
    /// A text starting with a letter: a day name, then a day-first or month-first date; or a
    /// month name starting a month-first date.
    mutating func wordFirst() -> LenientDate.Form? {
        let start = scanner
        guard let word = scanner.word() else { return nil }
        switch LenientWord.lookUp(word) {
        case .weekday(let weekday, let isLong)?:
            reading.weekday = weekday
            if isLong { reading.strictRepairs.insert(.longDayName) }
            _ = consume(".")
            guard afterDayName(), let next = scanner.next else { return nil }
            guard ASCIIScanner.isDigit(next) else { return monthFirst() }
            return yearAndSlashComeNext() ? slashed() : dayMonthYear()
        case .month(_, _, isRussian: false)?:
            scanner = start
            return monthFirst()
        default:
            return nil
        }
    }

    /// `12 May 2025`, RFC 850's `12-May-25`, `12 мая 2025 г.`, then an optional time and zone.
    mutating func dayMonthYear() -> LenientDate.Form? {
        guard let day = scanner.number(upTo: 2) else { return nil }
        skipOrdinalSuffix()
        let dashed = consume("-")
        guard dashed || space(), let month = monthName() else { return nil }
        let comma = !dashed && consume(",")
        guard dashed ? consume("-") : space(), let year = year(allowingTwoDigits: true) else { return nil }
        if dashed { reading.repairs.insert(.dashedDate) }
        if comma { reading.repairs.insert(.commaAfterMonth) }
        reading.setDate(year: year, month: month.number, day: day.value)
        if month.isRussian { skipYearMarker() }
        guard timeAndZone(context: month.isRussian ? .other : .rfc822) else { return nil }
        return month.isRussian ? .russian : .rfc822
    }

    /// `May 12, 2025 4:45 PM`, or asctime's `May 12 16:45:00 2025`.
    private mutating func monthFirst() -> LenientDate.Form? {
        guard let month = monthName(), !month.isRussian, space(),
            let day = scanner.number(upTo: 2)
        else { return nil }
        skipOrdinalSuffix()
        if timeComesNext() {
            return asctime(month: month.number, day: day.value)
        }
        guard separator(), let year = year(allowingTwoDigits: true) else { return nil }
        reading.setDate(year: year, month: month.number, day: day.value)
        return timeAndZone(context: .other) ? .monthFirst : nil
    }

    /// The rest of `Mon May 12 16:45:00 [zone] 2025`.
    private mutating func asctime(month: Int, day: Int) -> LenientDate.Form? {
        guard space(), time(allowingMeridiem: false) else { return nil }
        optionalZone(context: .rfc822)
        guard space(), let year = year(allowingTwoDigits: false) else { return nil }
        reading.setDate(year: year, month: month, day: day)
        return .asctime
    }

    /// `, ` after a day name; a bare space is accepted and noted, as RFC 822 wants the comma.
    private mutating func afterDayName() -> Bool {
        let spaced = space()
        if consume(",") {
            _ = space()
            return true
        }
        reading.strictRepairs.insert(.missingComma)
        return spaced
    }

    /// An English or Russian month name, with an optional abbreviation dot.
    private mutating func monthName() -> (number: Int, isRussian: Bool)? {
        guard let word = scanner.word(),
            case .month(let number, let isLong, let isRussian)? = LenientWord.lookUp(word)
        else { return nil }
        if isLong { reading.strictRepairs.insert(.longMonthName) }
        _ = consume(".")
        return (number, isRussian)
    }

    /// `12th`: the English suffix after a day number.
    private mutating func skipOrdinalSuffix() {
        _ = word(if: { if case .ordinalSuffix = $0 { true } else { false } })
    }

    /// Russian `г.`, `г` or `года` after a year.
    mutating func skipYearMarker() {
        var probe = self
        _ = probe.space()
        guard probe.word(if: { if case .yearMarker = $0 { true } else { false } }) != nil else { return }
        _ = probe.consume(".")
        self = probe
    }

    /// Whether `YYYY/` comes next: Perforce's `Fri, 2006/09/15 08:19:53 EDT`.
    private func yearAndSlashComeNext() -> Bool {
        var probe = scanner
        return probe.digitRun(limit: 5) == 4 && probe.next == UInt8(ascii: "/")
    }

    /// Whether whitespace and `H:` or `HH:` come next.
    private func timeComesNext() -> Bool {
        var probe = scanner
        _ = probe.skipWhitespace()
        return probe.digitRun(limit: 2) > 0 && probe.next == UInt8(ascii: ":")
    }
}
