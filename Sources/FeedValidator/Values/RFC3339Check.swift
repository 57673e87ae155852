internal import Foundation

/// Strict RFC 3339 `date-time` as RFC 4287 (Atom) and JSON Feed require it
/// (`2025-05-12T16:45:00+03:00`, `T` and `Z` upper case, seconds and zone required), and the
/// W3C date-time profile (W3CDTF) Dublin Core uses, which also allows reduced precision.
enum RFC3339Check {
    static func check(_ raw: String) -> DateCheckResult {
        let text = Array(raw.utf8)
        var scanner = DateScanner(text)
        guard let date = scanner.date() else {
            return .invalid(.invalidRFC3339Date, "expected YYYY-MM-DD at the start")
        }
        if scanner.isAtEnd {
            return .invalid(.invalidRFC3339Date, "a date-time needs a time and zone, not a date alone")
        }
        guard scanner.take(UInt8(ascii: "T")) else {
            return .invalid(.invalidRFC3339Date, "date and time must be separated by an upper-case \"T\"")
        }
        guard let time = scanner.time(secondsRequired: true) else {
            return .invalid(.invalidRFC3339Date, "expected HH:MM:SS after the \"T\"")
        }
        if scanner.isAtEnd { return DateCheckResult(date: nil, findings: [(.missingTimeZone, "")]) }
        guard let offset = scanner.zone(), scanner.isAtEnd else {
            return .invalid(
                .invalidRFC3339Date, "the zone must be \"Z\" or +HH:MM/-HH:MM, with nothing after it")
        }
        return instant(date, time, offset, code: .invalidRFC3339Date)
    }

    /// W3CDTF: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date with `Thh:mm[:ss[.s]]` and a zone.
    static func checkW3CDTF(_ raw: String) -> DateCheckResult {
        var scanner = DateScanner(Array(raw.utf8))
        guard let year = scanner.digits(4) else { return .invalid(.invalidW3CDTFDate, "") }
        if scanner.isAtEnd { return instant((year, 1, 1), (0, 0, 0), 0, code: .invalidW3CDTFDate) }
        guard scanner.take(UInt8(ascii: "-")), let month = scanner.digits(2) else {
            return .invalid(.invalidW3CDTFDate, "")
        }
        if scanner.isAtEnd { return instant((year, month, 1), (0, 0, 0), 0, code: .invalidW3CDTFDate) }
        guard scanner.take(UInt8(ascii: "-")), let day = scanner.digits(2) else {
            return .invalid(.invalidW3CDTFDate, "")
        }
        if scanner.isAtEnd { return instant((year, month, day), (0, 0, 0), 0, code: .invalidW3CDTFDate) }
        guard scanner.take(UInt8(ascii: "T")), let time = scanner.time(secondsRequired: false) else {
            return .invalid(.invalidW3CDTFDate, "")
        }
        if scanner.isAtEnd { return DateCheckResult(date: nil, findings: [(.missingTimeZone, "")]) }
        guard let offset = scanner.zone(), scanner.isAtEnd else { return .invalid(.invalidW3CDTFDate, "") }
        return instant((year, month, day), time, offset, code: .invalidW3CDTFDate)
    }

    private static func instant(
        _ date: (Int, Int, Int), _ time: (Int, Int, Int), _ offset: Int, code: ValidationCode
    ) -> DateCheckResult {
        switch DateFields.instant(
            year: date.0, month: date.1, day: date.2, hour: time.0, minute: time.1, second: time.2,
            offsetMinutes: offset)
        {
        case .success(let instant): DateCheckResult(date: instant)
        case .failure(let impossible): .invalid(.impossibleDate, impossible.detail)
        }
    }
}

/// A cursor over ASCII date text.
struct DateScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { index == bytes.count }

    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func digits(_ count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + count] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += count
        return value
    }

    mutating func date() -> (Int, Int, Int)? {
        guard let year = digits(4), take(UInt8(ascii: "-")), let month = digits(2), take(UInt8(ascii: "-")),
            let day = digits(2)
        else { return nil }
        return (year, month, day)
    }

    /// `HH:MM:SS[.fraction]`, or `HH:MM` when seconds are optional.
    mutating func time(secondsRequired: Bool) -> (Int, Int, Int)? {
        guard let hour = digits(2), take(UInt8(ascii: ":")), let minute = digits(2) else { return nil }
        guard take(UInt8(ascii: ":")) else { return secondsRequired ? nil : (hour, minute, 0) }
        guard let second = digits(2) else { return nil }
        if take(UInt8(ascii: ".")) {
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            guard index > start else { return nil }
        }
        return (hour, minute, second)
    }

    /// `Z` or `±HH:MM`, as minutes east of UTC.
    mutating func zone() -> Int? {
        if take(UInt8(ascii: "Z")) { return 0 }
        let sign: Int
        if take(UInt8(ascii: "+")) {
            sign = 1
        } else if take(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        guard let hours = digits(2), take(UInt8(ascii: ":")), let minutes = digits(2), hours < 24,
            minutes < 60
        else { return nil }
        return sign * (hours * 60 + minutes)
    }
}
