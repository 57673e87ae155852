internal import FeedDates
internal import Foundation

/// What a date check found: the instant (when the text names one) and the defects.
struct DateCheckResult {
    var date: Date?
    var findings: [(code: ValidationCode, detail: String)] = []

    static func invalid(_ code: ValidationCode, _ detail: String) -> DateCheckResult {
        DateCheckResult(date: nil, findings: [(code, detail)])
    }
}

/// The fields of a date as the text wrote them, checked against FeedDates' calendar.
///
/// Not named `Calendar`, which would hide Foundation's type in this module.
enum DateFields {
    /// 0 = Sunday.
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        CivilCalendar.weekday(days: CivilCalendar.daysFromCivil(year: year, month: month, day: day))
    }

    /// Checks the fields and returns the instant, or the `ImpossibleDate` detail. Second 60
    /// (a leap second) is allowed, as RFC 3339 allows it, and counts as the next minute's
    /// first second.
    static func instant(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, offsetMinutes: Int
    ) -> Result<Date, ImpossibleDate> {
        guard (1...12).contains(month) else { return .failure(ImpossibleDate("month \(month)")) }
        guard (1...CivilCalendar.daysInMonth(year: year, month: month)).contains(day) else {
            return .failure(ImpossibleDate("day \(day) of month \(month) in \(year)"))
        }
        guard hour <= 23, minute <= 59, second <= 60 else {
            return .failure(ImpossibleDate("time \(hour):\(minute):\(second)"))
        }
        let days = CivilCalendar.daysFromCivil(year: year, month: month, day: day)
        let seconds =
            days * CivilCalendar.secondsPerDay + hour * 3600 + minute * 60 + second - offsetMinutes * 60
        return .success(Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    struct ImpossibleDate: Error {
        var detail: String
        init(_ detail: String) { self.detail = detail }
    }
}
