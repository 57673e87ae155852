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

    @Test("every day of years 1 to 9999 maps to a valid date and back, one day after the other")
    func dayNumberRoundTrip() {
        let first = CivilCalendar.daysFromCivil(year: 1, month: 1, day: 1)
        let last = CivilCalendar.daysFromCivil(year: 9999, month: 12, day: 31)
        var previous = (year: 0, month: 12, day: 31)
        var failures: [Int] = []
        for days in first...last {
            let date = CivilCalendar.civilFromDays(days)
            let back = CivilCalendar.daysFromCivil(year: date.year, month: date.month, day: date.day)
            let follows =
                date.day == previous.day + 1 && date.month == previous.month && date.year == previous.year
                || date.day == 1
                    && previous.day == CivilCalendar.daysInMonth(year: previous.year, month: previous.month)
                    && (date.month == previous.month + 1 && date.year == previous.year
                        || date.month == 1 && previous.month == 12 && date.year == previous.year + 1)
            if back != days || !follows, failures.count < 10 { failures.append(days) }
            previous = date
        }
        #expect(failures.isEmpty, "day numbers that do not round-trip or skip a day: \(failures)")
        #expect(previous == (9999, 12, 31))
        #expect(last - first + 1 == 9999 * 365 + 9999 / 4 - 9999 / 100 + 9999 / 400)
    }

    @Test(
        "weekdays of known dates, 0 = Sunday",
        arguments: [
            (1, 1, 1, 1), (1582, 10, 15, 5), (1900, 1, 1, 1), (1969, 12, 31, 3), (1970, 1, 1, 4),
            (2000, 1, 1, 6), (2000, 2, 29, 2), (2024, 2, 29, 4), (2026, 12, 5, 6), (9999, 12, 31, 5),
        ])
    func knownWeekdays(year: Int, month: Int, day: Int, weekday: Int) {
        let days = CivilCalendar.daysFromCivil(year: year, month: month, day: day)
        #expect(CivilCalendar.weekday(days: days) == weekday)
    }

    @Test("weekdays advance by one each day, before 1970 as after it")
    func weekdaysAdvance() {
        let days = Array(-800_000...800_000)
        let broken = days.filter {
            let today = CivilCalendar.weekday(days: $0)
            return !(0...6).contains(today) || CivilCalendar.weekday(days: $0 + 1) != (today + 1) % 7
        }
        #expect(broken.isEmpty, "\(broken.prefix(10))")
    }

    @Test(
        "February 29th: every fourth year, but not in centuries unless divisible by 400",
        arguments: [
            (2024, true), (2023, false), (2000, true), (1900, false), (2100, false), (2400, true),
            (1600, true), (4, true), (0, true), (-4, true), (-100, false),
        ])
    func leapYears(year: Int, isLeap: Bool) {
        #expect(CivilCalendar.isLeapYear(year) == isLeap)
        #expect(CivilCalendar.daysInMonth(year: year, month: 2) == (isLeap ? 29 : 28))
    }

    @Test("month lengths, and 0 for a month that does not exist")
    func monthLengths() {
        let lengths = (0...13).map { CivilCalendar.daysInMonth(year: 2023, month: $0) }
        #expect(lengths == [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 0])
    }

    @Test(
        "seconds split into day and second of day, floored before 1970",
        arguments: [
            (0, 0, 0), (86_399, 0, 86_399), (86_400, 1, 0), (-1, -1, 86_399), (-86_400, -1, 0),
            (-86_401, -2, 86_399),
        ])
    func splitSeconds(seconds: Int, days: Int, secondOfDay: Int) {
        let split = CivilCalendar.splitSeconds(seconds)
        #expect(split.days == days && split.secondOfDay == secondOfDay)
    }
}
