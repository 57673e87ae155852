internal import Foundation

/// A strict RFC 822 (as updated by RFC 1123: four-digit years) date-time check that names
/// the exact defect: `[Day, ]DD Mon YYYY HH:MM[:SS] zone`.
enum RFC822Check {
    static let dayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    /// Zones RFC 822 names, with their offsets in minutes.
    static let zones: [String: Int] = [
        "UT": 0, "GMT": 0, "Z": 0, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420,
        "MDT": -360, "PST": -480, "PDT": -420,
    ]

    static func check(_ raw: String) -> DateCheckResult {
        if let fields = CanonicalRFC822(raw) {
            var result = DateCheckResult()
            return finish(fields, dayName: fields.dayName, into: &result)
        }
        return checkTokens(raw)
    }

    /// The general check: any spacing, any case, and the exact defect when there is one.
    static func checkTokens(_ raw: String) -> DateCheckResult {
        var tokens = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(
            String.init)
        guard !tokens.isEmpty else { return .invalid(.invalidRFC2822Date, "the value is empty") }
        var result = DateCheckResult()
        var dayName: String?
        if let first = tokens.first, first.first?.isLetter == true {
            var name = first
            if name.hasSuffix(",") {
                name.removeLast()
            } else if tokens.count > 1, tokens[1] == "," {
                tokens.remove(at: 1)
            } else {
                return .invalid(.invalidRFC2822Date, "the day name \"\(first)\" must be followed by a comma")
            }
            guard dayNames.contains(name) else {
                return DateCheckResult(date: nil, findings: [(.invalidDayName, name)])
            }
            dayName = name
            tokens.removeFirst()
        }
        return fields(tokens, dayName: dayName, into: &result)
    }

    private static func fields(_ tokens: [String], dayName: String?, into result: inout DateCheckResult)
        -> DateCheckResult
    {
        guard tokens.count >= 4 else {
            return .invalid(.invalidRFC2822Date, "expected day, month, year and time")
        }
        guard tokens[0].count <= 2, let day = Int(tokens[0]) else {
            return .invalid(.invalidRFC2822Date, "expected the day of the month, found \"\(tokens[0])\"")
        }
        guard
            let monthIndex = monthNames.firstIndex(where: {
                $0.caseInsensitiveCompare(tokens[1]) == .orderedSame
            })
        else {
            return .invalid(.invalidRFC2822Date, "expected a month name (Jan…Dec), found \"\(tokens[1])\"")
        }
        guard let year = year(tokens[2], into: &result) else {
            return .invalid(.invalidRFC2822Date, "expected a four-digit year, found \"\(tokens[2])\"")
        }
        guard let time = time(tokens[3]) else {
            return .invalid(.invalidRFC2822Date, "expected HH:MM or HH:MM:SS, found \"\(tokens[3])\"")
        }
        guard tokens.count >= 5 else { return DateCheckResult(date: nil, findings: [(.missingTimeZone, "")]) }
        guard tokens.count == 5 else {
            return .invalid(
                .invalidRFC2822Date,
                "unexpected text after the zone: \"\(tokens[5...].joined(separator: " "))\"")
        }
        guard let offset = zone(tokens[4], into: &result) else {
            return .invalid(.invalidRFC2822Date, "unknown time zone \"\(tokens[4])\"")
        }
        let fields = CanonicalRFC822(
            dayName: dayName, day: day, monthIndex: monthIndex, year: year, hour: time.0, minute: time.1,
            second: time.2, offset: offset)
        return finish(fields, dayName: dayName, into: &result)
    }

    /// The instant of fields read one way or the other, and the day-of-week check.
    private static func finish(
        _ fields: CanonicalRFC822, dayName: String?, into result: inout DateCheckResult
    ) -> DateCheckResult {
        let (day, monthIndex, year) = (fields.day, fields.monthIndex, fields.year)
        switch DateFields.instant(
            year: year, month: monthIndex + 1, day: day, hour: fields.hour, minute: fields.minute,
            second: fields.second, offsetMinutes: fields.offset)
        {
        case .failure(let impossible): return .invalid(.impossibleDate, impossible.detail)
        case .success(let date): result.date = date
        }
        if let dayName {
            let actual = dayNames[DateFields.weekday(year: year, month: monthIndex + 1, day: day)]
            if actual != dayName {
                result.findings.append(
                    (.incorrectDOW, "\(day) \(monthNames[monthIndex]) \(year) is a \(actual), not \(dayName)")
                )
            }
        }
        return result
    }

    private static func year(_ token: String, into result: inout DateCheckResult) -> Int? {
        guard token.allSatisfy(\.isASCIIDigit), let value = Int(token) else { return nil }
        switch token.count {
        case 4: return value
        case 2:
            result.findings.append((.twoDigitYear, token))
            return value < 50 ? 2000 + value : 1900 + value
        default: return nil
        }
    }

    private static func time(_ token: String) -> (Int, Int, Int)? {
        let parts = token.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
            parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        let numbers = parts.map { Int($0)! }
        return (numbers[0], numbers[1], numbers.count == 3 ? numbers[2] : 0)
    }

    private static func zone(_ token: String, into result: inout DateCheckResult) -> Int? {
        if let offset = zones[token] { return offset }
        if let sign = token.first, sign == "+" || sign == "-", token.count == 5,
            token.dropFirst().allSatisfy(\.isASCIIDigit)
        {
            let digits = Int(token.dropFirst())!
            guard digits % 100 < 60 else { return nil }
            return (sign == "-" ? -1 : 1) * (digits / 100 * 60 + digits % 100)
        }
        if let offset = zones[token.uppercased()] {
            result.findings.append((.problematicalRFC822Date, "zone \"\(token)\" should be upper case"))
            return offset
        }
        if token.count == 1, let letter = token.first, letter.isLetter, letter != "J" {
            result.findings.append((.problematicalRFC822Date, "military zone \"\(token)\" is ambiguous"))
            return 0
        }
        return nil
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
