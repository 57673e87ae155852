/// ISO 8601 week and ordinal dates, on top of the proleptic Gregorian day count.
extension CivilCalendar {
    /// Days since 1970 of `year`-W`week`-`weekday` (1 = Monday ... 7 = Sunday), or nil if the
    /// year has no such week. Week 1 is the one holding January 4th, so it may start in
    /// December of the year before.
    static func daysFromISOWeek(year: Int, week: Int, weekday: Int) -> Int? {
        guard (1...7).contains(weekday), week >= 1, week <= isoWeekCount(year) else { return nil }
        return mondayOfISOWeekOne(year) + (week - 1) * 7 + weekday - 1
    }

    /// Days since 1970 of the `day`th day of `year` (1...365, or 366 in a leap year).
    static func daysFromOrdinal(year: Int, day: Int) -> Int? {
        guard day >= 1, day <= (isLeapYear(year) ? 366 : 365) else { return nil }
        return daysFromCivil(year: year, month: 1, day: 1) + day - 1
    }

    private static func mondayOfISOWeekOne(_ year: Int) -> Int {
        let january4 = daysFromCivil(year: year, month: 1, day: 4)
        let daysSinceMonday = (weekday(days: january4) + 6) % 7
        return january4 - daysSinceMonday
    }

    /// 52 or 53: the week holding December 28th is always the year's last.
    private static func isoWeekCount(_ year: Int) -> Int {
        (daysFromCivil(year: year, month: 12, day: 28) - mondayOfISOWeekOne(year)) / 7 + 1
    }
}
