import FeedTestSupport
import Foundation

/// RFC 3339 reading and writing for expectations, done with Foundation's
/// `ISO8601DateFormatter` so that no expected value passes through the code under test.
enum TestTime {
    static func date(_ text: String) throws -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text) else { throw FixtureError("not RFC 3339: \(text)") }
        return date
    }

    /// `2026-03-29T03:00:00+02:00`, or `…Z` in UTC.
    static func text(_ date: Date, in zone: TimeZone) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = zone
        return formatter.string(from: date)
    }

    static func zone(_ identifier: String) throws -> TimeZone {
        guard let zone = TimeZone(identifier: identifier) else {
            throw FixtureError("unknown time zone \(identifier)")
        }
        return zone
    }
}
