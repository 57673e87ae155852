/// Proleptic Gregorian arithmetic on plain integers, after Howard Hinnant's
/// `days_from_civil` / `civil_from_days` (https://howardhinnant.github.io/date_algorithms.html).
///
/// Done by hand because ICU calendars cost microseconds per call and switch to the
/// Julian calendar before 1582; these functions are a few integer operations and are
/// exact for every representable day. It is the one calendar of the package: the
/// validator checks dates with it and the scheduler steps through local dates with it,
/// so a date that one module accepts is the same day in every other.
///
/// Days are counted from 1970-01-01 (day 0), negative before it; months are 1...12.
public enum CivilCalendar {
    /// Seconds in a civil day: this calendar has no leap seconds, as `Date` has none.
    public static let secondsPerDay = 86_400

    /// Whether `year` has a February 29th: every fourth year, except centuries not
    /// divisible by 400 (1900 has none, 2000 has one).
    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// Month length, or 0 for a month outside 1...12 so callers reject it with one comparison.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: isLeapYear(year) ? 29 : 28
        default: 0
        }
    }

    /// Days since 1970-01-01 (negative before it) of a valid date; an invalid one (Feb 30)
    /// counts on into the next month, so check it with ``daysInMonth(year:month:)`` first.
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        // Shift the year to start in March so the leap day is the last day of the year.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Inverse of ``daysFromCivil(year:month:day:)``: the date of a day number.
    public static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// Day of the week of a day number, 0 = Sunday ... 6 = Saturday, as RFC 822 day names
    /// and cron's day-of-week field count; 1970-01-01 was a Thursday.
    public static func weekday(days: Int) -> Int {
        days >= -4 ? (days + 4) % 7 : (days + 5) % 7 + 6
    }

    /// Splits seconds since 1970 into the day number and the second of that day, flooring
    /// so that times before 1970 land on the right day (-1 s is day -1, second 86,399).
    public static func splitSeconds(_ seconds: Int) -> (days: Int, secondOfDay: Int) {
        let remainder = seconds % secondsPerDay
        return remainder < 0
            ? (seconds / secondsPerDay - 1, remainder + secondsPerDay)
            : (seconds / secondsPerDay, remainder)
    }
}
