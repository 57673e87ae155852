/// A proleptic Gregorian date counted in days from 1970-01-01, for stepping through local
/// dates without a `Calendar` (which would also need a zone, and has its own ideas about
/// DST gaps). Days from civil and back are Howard Hinnant's algorithms.
struct CivilDay: Sendable, Equatable {
    let number: Int
    let year: Int
    let month: Int
    let day: Int

    init(number: Int) {
        self.number = number
        let shifted = number + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// The local date of a wall-clock reading given in seconds since 1970-01-01T00:00
    /// local time.
    init(wallSeconds: Int) {
        let (quotient, remainder) = wallSeconds.quotientAndRemainder(dividingBy: 86_400)
        self.init(number: remainder < 0 ? quotient - 1 : quotient)
    }

    /// Local midnight of this date, in wall-clock seconds since 1970-01-01T00:00.
    var wallStart: Int { number * 86_400 }

    /// 0 = Sunday … 6 = Saturday, as cron numbers them (1970-01-01 was a Thursday).
    var weekday: Int {
        let weekday = (number + 4) % 7
        return weekday < 0 ? weekday + 7 : weekday
    }
}
