/// A wall-clock reading (proleptic Gregorian, no zone), such as a seed file's
/// `12.05.2025, 16:45`.
///
/// Kept separate from `Date` because a wall-clock time only becomes an instant once a time
/// zone is chosen, and DST gaps and overlaps make that choice lossy; see
/// ``instant(in:)``.
public struct CivilDateTime: Sendable, Hashable {
    /// Calendar year; the validating initializer accepts 0...9999, the range RFC 3339 can write.
    public let year: Int
    /// Month of the year, 1...12.
    public let month: Int
    /// Day of the month, 1...28/29/30/31.
    public let day: Int
    /// Hour of the day, 0...23.
    public let hour: Int
    /// Minute of the hour, 0...59.
    public let minute: Int
    /// Second of the minute, 0...59. Leap second 60 is rejected: `Date` cannot represent it,
    /// and no feed date we read depends on one.
    public let second: Int

    /// Validates every field so an impossible reading (Feb 30, 24:00, 12:60) never becomes an
    /// instant silently rolled into the next day.
    public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0) {
        guard (0...9999).contains(year),
            day >= 1, day <= CivilCalendar.daysInMonth(year: year, month: month),
            (0...23).contains(hour),
            (0...59).contains(minute),
            (0...59).contains(second)
        else { return nil }
        self.init(unchecked: year, month, day, hour, minute, second)
    }

    /// Builds from fields already known valid (computed from epoch seconds), which may lie
    /// outside 0...9999 for extreme instants.
    init(unchecked year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }
}

extension CivilDateTime: Comparable {
    /// Field-by-field order, which is wall-clock order; it is not instant order across a
    /// fall-back overlap.
    public static func < (lhs: CivilDateTime, rhs: CivilDateTime) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour, lhs.minute, lhs.second)
            < (rhs.year, rhs.month, rhs.day, rhs.hour, rhs.minute, rhs.second)
    }
}

extension CivilDateTime: CustomStringConvertible {
    /// ISO 8601 without a zone (`2025-05-12T16:45:00`), so logs and test failures show an
    /// unambiguous wall-clock time.
    public var description: String {
        var writer = ASCIIWriter(capacity: 19)
        writer.appendDateTime(self)
        return writer.string
    }
}

extension CivilDateTime {
    /// The reading as if it were UTC: the value every zone offset is added to or subtracted from.
    var localEpochSeconds: Int {
        CivilCalendar.daysFromCivil(year: year, month: month, day: day) * CivilCalendar.secondsPerDay
            + hour * 3600 + minute * 60 + second
    }

    init(localEpochSeconds seconds: Int) {
        let (days, secondOfDay) = CivilCalendar.splitSeconds(seconds)
        let (year, month, day) = CivilCalendar.civilFromDays(days)
        self.init(
            unchecked: year, month, day,
            secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60
        )
    }
}
