public import Foundation

/// The `Retry-After` header (RFC 9110 §10.2.3): how long a server asks us to wait.
public enum RetryAfter {
    /// The wait `value` asks for, measured from `now`: delta-seconds, or an HTTP-date in
    /// any of its three forms (IMF-fixdate, obsolete RFC 850, asctime). A date already past
    /// means no wait; an unreadable value gives `nil`.
    public static func delay(_ value: String, now: Date) -> Duration? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return Int(trimmed).map { .seconds($0) } ?? .seconds(Int.max)
        }
        guard let date = httpDate(trimmed, now: now) else { return nil }
        return .seconds(max(0, Int(date.timeIntervalSince(now).rounded(.up))))
    }

    /// An HTTP-date. Separators are normalised first, so the three forms differ only in
    /// where the month and year sit:
    /// `Sun 06 Nov 1994 08:49:37 GMT`, `Sunday 06 Nov 94 08:49:37 GMT`, `Sun Nov 6 08:49:37 1994`.
    static func httpDate(_ text: String, now: Date) -> Date? {
        let tokens = text.split { $0 == " " || $0 == "," || $0 == "-" }.map(String.init)
        guard tokens.count >= 5 else { return nil }
        let (day, month, year, time): (String, String, String, String) =
            months.contains(tokens[1])
            ? (tokens[2], tokens[1], tokens[4], tokens[3])
            : (tokens[1], tokens[2], tokens[3], tokens[4])
        let clock = time.split(separator: ":").compactMap { Int($0) }
        guard let monthIndex = months.firstIndex(of: month), let dayNumber = Int(day),
            let yearNumber = Int(year), clock.count == 3
        else { return nil }
        let components = DateComponents(
            year: fullYear(yearNumber, now: now), month: monthIndex + 1, day: dayNumber,
            hour: clock[0], minute: clock[1], second: clock[2])
        return gmt.date(from: components)
    }

    /// RFC 9110: a two-digit year more than 50 years in the future means the past century.
    private static func fullYear(_ year: Int, now: Date) -> Int {
        guard year < 100 else { return year }
        let current = gmt.component(.year, from: now)
        let candidate = current - current % 100 + year
        return candidate > current + 50 ? candidate - 100 : candidate
    }

    private static let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    private static let gmt: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "GMT")!
        return calendar
    }()
}
