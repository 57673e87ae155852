public import Foundation

/// Reads RFC 3339 timestamps (`2025-05-12T16:45:00+03:00`, `2025-05-12T13:45:00.5Z`), as
/// pinned in configuration files.
///
/// Strict to the RFC's grammar, except that `t` and `z` may be lowercase as section 5.6
/// allows: a config value is written by a person, and a silently misread date is worse than
/// an error. The space separator, missing seconds and zone-less forms belong to the lenient
/// feed date parser instead. `-00:00` ("offset unknown") is read as UTC, the only instant it
/// can name. Leap second `:60` is rejected because `Date` cannot represent it.
public enum RFC3339 {
    /// The instant `text` names, or nil if it is not an RFC 3339 date-time or names an
    /// impossible date (Feb 30, hour 24, offset +24:00).
    public static func parse(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = ASCIIScanner(bytes)
            guard let time = dateTime(&scanner),
                let fraction = fraction(&scanner),
                let offset = offset(&scanner),
                scanner.isAtEnd
            else { return nil }
            return Date(timeIntervalSince1970: Double(time.localEpochSeconds - offset) + fraction)
        }
    }

    private static func dateTime(_ scanner: inout ASCIIScanner) -> CivilDateTime? {
        guard let year = scanner.number(digits: 4), scanner.consume(UInt8(ascii: "-")),
            let month = scanner.number(digits: 2), scanner.consume(UInt8(ascii: "-")),
            let day = scanner.number(digits: 2), scanner.consume(UInt8(ascii: "T"), or: UInt8(ascii: "t")),
            let hour = scanner.number(digits: 2), scanner.consume(UInt8(ascii: ":")),
            let minute = scanner.number(digits: 2), scanner.consume(UInt8(ascii: ":")),
            let second = scanner.number(digits: 2)
        else { return nil }
        return CivilDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    /// `.` and one or more digits, or nothing (0). Digits past nanoseconds are checked but
    /// ignored: a `Double` of seconds since 1970 cannot hold them anyway.
    private static func fraction(_ scanner: inout ASCIIScanner) -> Double? {
        guard scanner.consume(UInt8(ascii: ".")) else { return 0 }
        var nanoseconds = 0
        var scale = 1_000_000_000
        var digitCount = 0
        while let byte = scanner.next, ASCIIScanner.isDigit(byte) {
            scale /= 10
            nanoseconds += Int(byte - UInt8(ascii: "0")) * scale
            digitCount += 1
            scanner.advance()
        }
        return digitCount > 0 ? Double(nanoseconds) / 1e9 : nil
    }

    /// `Z`, `z` or `±hh:mm`, as seconds east of UTC.
    private static func offset(_ scanner: inout ASCIIScanner) -> Int? {
        if scanner.consume(UInt8(ascii: "Z"), or: UInt8(ascii: "z")) { return 0 }
        let sign: Int
        if scanner.consume(UInt8(ascii: "+")) {
            sign = 1
        } else if scanner.consume(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        guard let hours = scanner.number(digits: 2), hours <= 23, scanner.consume(UInt8(ascii: ":")),
            let minutes = scanner.number(digits: 2), minutes <= 59
        else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
