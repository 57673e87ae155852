/// The forms that start with digits: ISO 8601 and RFC 3339, slashed, dotted, Unix time.
extension LenientParser {
    /// `2025-05-12[T| ]16:45[:00[.5]][Z|±hh[:mm]| zone]`, week dates `2025-W20-1` and
    /// ordinal dates `2025-132`; `rfc3339` when nothing strayed from that RFC's grammar.
    mutating func isoExtended() -> LenientDate.Form? {
        guard let year = scanner.number(digits: 4), consume("-"), isoDate(year: year) else { return nil }
        guard isoTimeSeparator() else {
            reading.repairs.insert(.missingTime)
            return .iso8601
        }
        guard time(allowingMeridiem: false), isoZone() else { return nil }
        return isRFC3339 && reading.zone != nil ? .rfc3339 : .iso8601
    }

    /// `20250512`, `20250512T1645[00[.5]][Z|±hhmm]`, and the basic date with an extended
    /// time, `20250512T16:45:00Z`, which some feeds write (feedparser reads it too).
    mutating func isoBasic() -> LenientDate.Form? {
        guard let year = scanner.number(digits: 4), let month = scanner.number(digits: 2),
            let day = scanner.number(digits: 2)
        else { return nil }
        reading.setDate(year: year, month: month, day: day)
        guard consume("T") || consume("t") else {
            reading.repairs.insert(.missingTime)
            return .iso8601
        }
        if scanner.peek(1) == UInt8(ascii: ":") || scanner.peek(2) == UInt8(ascii: ":") {
            guard time(allowingMeridiem: false), isoZone() else { return nil }
            return .iso8601
        }
        guard let hour = scanner.number(digits: 2), let minute = scanner.number(digits: 2) else { return nil }
        reading.hour = hour
        reading.minute = minute
        if let next = scanner.next, ASCIIScanner.isDigit(next) {
            guard let second = scanner.number(digits: 2) else { return nil }
            reading.second = second
            if consume(".") || consume(",") {
                guard let nanoseconds = scanner.fractionNanoseconds() else { return nil }
                reading.nanoseconds = nanoseconds
            }
        } else {
            reading.strictRepairs.insert(.missingSeconds)
        }
        return isoZone() ? .iso8601 : nil
    }

    /// `2025/05/12`, then `T` or whitespace and a time, and an optional zone.
    mutating func slashed() -> LenientDate.Form? {
        guard let year = scanner.number(digits: 4), consume("/"), let month = scanner.number(upTo: 2),
            consume("/"), let day = scanner.number(upTo: 2)
        else { return nil }
        reading.setDate(year: year, month: month.value, day: day.value)
        if consume("T") {
            guard time(allowingMeridiem: true) else { return nil }
            optionalZone(context: .other)
            return .slashed
        }
        return timeAndZone(context: .other) ? .slashed : nil
    }

    /// `12.05.2025, 16:45`, `12.05.2025 16:45`, `1.5.25`, `12.05.2025 г. в 16:45`.
    mutating func dotted() -> LenientDate.Form? {
        guard let day = scanner.number(upTo: 2), consume("."), let month = scanner.number(upTo: 2),
            consume("."), let year = year(allowingTwoDigits: true)
        else { return nil }
        reading.setDate(year: year, month: month.value, day: day.value)
        skipYearMarker()
        return timeAndZone(context: .other) ? .dotted : nil
    }

    /// Exactly ten digits (2001-09-09 to 2286-11-20), optionally with a fraction: seconds
    /// since 1970, always UTC.
    mutating func unixEpoch() -> LenientDate.Form? {
        guard let seconds = scanner.number(digits: 10) else { return nil }
        reading.epochSeconds = seconds
        if consume(".") {
            guard let nanoseconds = scanner.fractionNanoseconds() else { return nil }
            reading.nanoseconds = nanoseconds
        }
        return .unixEpoch
    }

    /// The date part after `YYYY-`: `MM-DD`, `Www-D` or `DDD`.
    private mutating func isoDate(year: Int) -> Bool {
        if consume("W") || consume("w") {
            isRFC3339 = false
            guard let week = scanner.number(digits: 2), consume("-"), let weekday = scanner.number(digits: 1),
                let days = CivilCalendar.daysFromISOWeek(year: year, week: week, weekday: weekday)
            else { return false }
            reading.setDate(days: days)
            return true
        }
        var probe = scanner
        if probe.digitRun(limit: 4) == 3 {
            isRFC3339 = false
            guard let ordinal = scanner.number(digits: 3),
                let days = CivilCalendar.daysFromOrdinal(year: year, day: ordinal)
            else { return false }
            reading.setDate(days: days)
            return true
        }
        guard let month = scanner.number(upTo: 2), consume("-"), let day = scanner.number(upTo: 2) else {
            return false
        }
        if month.digits == 1 || day.digits == 1 {
            reading.strictRepairs.insert(.unpaddedNumber)
            isRFC3339 = false
        }
        reading.setDate(year: year, month: month.value, day: day.value)
        return true
    }

    /// A zone right after the time (`Z`, `+03:00`), or after whitespace (any zone), or none.
    /// Letters glued to the time other than a lone `Z` (`ZZ`, `Zulu`, `MSK`) are rejected.
    private mutating func isoZone() -> Bool {
        let isLoneZ =
            (nextIs("Z") || nextIs("z")) && !(scanner.peek(1).map(ASCIIScanner.isASCIILetter) ?? false)
        if isLoneZ || nextIs("+") || nextIs("-") { return zone(context: .iso8601) }
        isRFC3339 = false
        var probe = scanner
        if probe.skipWhitespace() > 0 { optionalZone(context: .iso8601) }
        return true
    }

    /// `T`, `t`, or whitespace (noted) before a digit.
    private mutating func isoTimeSeparator() -> Bool {
        if consume("T") || consume("t") { return true }
        let spaces = scanner.skipWhitespaceBeforeDigit()
        guard spaces > 0 else { return false }
        if spaces > 1 { reading.repairs.insert(.extraWhitespace) }
        reading.repairs.insert(.spaceForT)
        isRFC3339 = false
        return true
    }
}
