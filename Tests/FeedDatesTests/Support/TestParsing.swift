import FeedDates
import FeedTestSupport
import Foundation

/// Readers for the values fixture columns hold, written independently of the parsers under
/// test so an expectation never comes from the code it checks.
enum TestParsing {
    /// `YYYY-MM-DDTHH:MM:SS`, the form `CivilDateTime.description` also prints.
    static func civil(_ text: String) throws -> CivilDateTime {
        let values = text.split(whereSeparator: { "-T:".contains($0) }).compactMap { Int($0) }
        guard values.count == 6,
            let time = CivilDateTime(
                year: values[0], month: values[1], day: values[2],
                hour: values[3], minute: values[4], second: values[5]
            )
        else { throw FixtureError("not a valid YYYY-MM-DDTHH:MM:SS time: \(text)") }
        return time
    }

    static func zone(_ identifier: String) throws -> TimeZone {
        guard let zone = TimeZone(identifier: identifier) else {
            throw FixtureError("unknown time zone \(identifier)")
        }
        return zone
    }

    static func epochSeconds(_ text: String) throws -> Double {
        guard let seconds = Double(text) else { throw FixtureError("not a number of seconds: \(text)") }
        return seconds
    }

    static func integer(_ text: String) throws -> Int {
        guard let value = Int(text) else { throw FixtureError("not an integer: \(text)") }
        return value
    }

    static func flag(_ text: String) throws -> Bool {
        switch text {
        case "yes": return true
        case "no": return false
        default: throw FixtureError("expected yes or no, got \(text)")
        }
    }
}
