import FeedDates
import Foundation

/// A calendar day and a wall-clock time in the feed's zone, with the pieces pages print.
struct LocalTime {
    let year: Int
    let month: Int
    let day: Int
    let hour: Int
    let minute: Int
    /// 0 = Sunday ... 6 = Saturday.
    let weekday: Int

    init(_ date: Date, in zone: TimeZone) {
        self.init(CivilDateTime(date, in: zone))
    }

    init(_ civil: CivilDateTime) {
        year = civil.year
        month = civil.month
        day = civil.day
        hour = civil.hour
        minute = civil.minute
        weekday = CivilCalendar.weekday(
            days: CivilCalendar.daysFromCivil(year: civil.year, month: civil.month, day: civil.day))
    }

    /// `YYYY-MM-DD`: the day's anchor suffix and a valid `<time datetime>` value.
    var isoDate: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// `HH:mm`, the 24-hour clock both supported languages use.
    var clock: String { String(format: "%02d:%02d", hour, minute) }
}
