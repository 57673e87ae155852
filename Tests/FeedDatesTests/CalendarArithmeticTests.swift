import FeedDates
import Foundation
import Testing

/// The hand-written day arithmetic checked against Foundation's Gregorian calendar,
/// an independent implementation (tests only; production code never calls it).
@Suite("Proleptic Gregorian arithmetic")
struct CalendarArithmeticTests {
    @Test("fields and weekday match Foundation's Gregorian calendar, 1600-2400")
    func matchesFoundationCalendar() throws {
        let utc = try TestParsing.zone("UTC")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let start = try #require(RFC3339.parse("1600-01-01T00:00:00Z")).timeIntervalSince1970
        let end = try #require(RFC3339.parse("2400-01-01T00:00:00Z")).timeIntervalSince1970
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        for seconds in stride(from: start, to: end, by: 9 * 86_400 + 3_601) {
            let date = Date(timeIntervalSince1970: seconds)
            let expected = calendar.dateComponents(
                [.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
            let civil = CivilDateTime(date, in: utc)
            let fields: [Int?] = [civil.year, civil.month, civil.day, civil.hour, civil.minute, civil.second]
            let expectedFields = [
                expected.year, expected.month, expected.day, expected.hour, expected.minute, expected.second,
            ]
            #expect(fields == expectedFields, "\(civil)")
            let weekday = try #require(expected.weekday)
            #expect(FeedDateFormat.rfc822(date, in: utc).hasPrefix(weekdays[weekday - 1]), "\(civil)")
        }
    }

    @Test("every reading from year 0 to 9999 is valid and maps back to its instant")
    func wholeRangeRoundTrip() throws {
        let utc = try TestParsing.zone("UTC")
        let start = try #require(RFC3339.parse("0000-01-01T00:00:00Z")).timeIntervalSince1970
        let end = try #require(RFC3339.parse("9999-12-31T23:59:59Z")).timeIntervalSince1970
        var previous: CivilDateTime?
        for seconds in stride(from: start, through: end, by: 997 * 3600 + 1) {
            let date = Date(timeIntervalSince1970: seconds)
            let civil = CivilDateTime(date, in: utc)
            let revalidated = CivilDateTime(
                year: civil.year, month: civil.month, day: civil.day,
                hour: civil.hour, minute: civil.minute, second: civil.second
            )
            #expect(revalidated == civil, "\(civil) fails its own validation")
            #expect(civil.instant(in: utc) == date)
            if let previous { #expect(previous < civil) }
            previous = civil
        }
    }
}
