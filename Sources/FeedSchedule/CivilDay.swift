import FeedDates

/// A local date and its day number (days from 1970-01-01), for stepping through local
/// dates without a `Calendar` (which would also need a zone, and has its own ideas about
/// DST gaps). The arithmetic is FeedDates' ``CivilCalendar``, the package's one calendar.
struct CivilDay: Sendable, Equatable {
    let number: Int
    let year: Int
    let month: Int
    let day: Int

    init(number: Int) {
        self.number = number
        (year, month, day) = CivilCalendar.civilFromDays(number)
    }

    /// The local date of a wall-clock reading given in seconds since 1970-01-01T00:00
    /// local time.
    init(wallSeconds: Int) {
        self.init(number: CivilCalendar.splitSeconds(wallSeconds).days)
    }

    /// Local midnight of this date, in wall-clock seconds since 1970-01-01T00:00.
    var wallStart: Int { number * CivilCalendar.secondsPerDay }

    /// 0 = Sunday … 6 = Saturday, as cron numbers them.
    var weekday: Int { CivilCalendar.weekday(days: number) }
}
