public import Foundation

/// Writes the two date forms feeds carry: RFC 822 for RSS, RFC 3339 for Atom and JSON Feed.
///
/// Both always write a numeric offset (never `GMT`, `Z` or a zone name), because the RSS
/// Advisory Board recommends it and a numeric offset is the only form every reader parses.
/// Fractional seconds are floored away, so the printed time never lies after the instant.
///
/// Offsets with seconds (historical local mean time) are rounded to whole minutes, and the
/// wall-clock time is computed with that rounded offset rather than the exact one. The printed
/// time may then differ by under 30 s from the true local mean time, but time plus offset
/// names exactly the original (floored) instant, so parsing the output gives back the input.
public enum FeedDateFormat {
    /// `Mon, 12 May 2025 16:45:00 +0300`: English names, two-digit day, four-digit year.
    public static func rfc822(_ date: Date, in zone: TimeZone) -> String {
        let (time, offset, days) = wallClock(date, in: zone)
        var writer = ASCIIWriter(capacity: 31)
        writer.append(weekdayNames[CivilCalendar.weekday(days: days)])
        writer.append(", ")
        writer.append(time.day, width: 2)
        writer.append(byte: UInt8(ascii: " "))
        writer.append(monthNames[time.month - 1])
        writer.append(byte: UInt8(ascii: " "))
        writer.append(time.year, width: 4)
        writer.append(byte: UInt8(ascii: " "))
        writer.appendClock(time)
        writer.append(byte: UInt8(ascii: " "))
        writer.appendOffset(seconds: offset, separator: nil)
        return writer.string
    }

    /// `2025-05-12T16:45:00+03:00`, with `+00:00` rather than `Z` for UTC.
    public static func rfc3339(_ date: Date, in zone: TimeZone) -> String {
        let (time, offset, _) = wallClock(date, in: zone)
        var writer = ASCIIWriter(capacity: 25)
        writer.appendDateTime(time)
        writer.appendOffset(seconds: offset, separator: UInt8(ascii: ":"))
        return writer.string
    }

    private static let weekdayNames: [StaticString] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]

    private static let monthNames: [StaticString] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// The printed wall-clock time, the printed offset, and the local day number (for the
    /// weekday), all derived from one rounded offset so they agree with each other.
    private static func wallClock(
        _ date: Date, in zone: TimeZone
    ) -> (time: CivilDateTime, offset: Int, days: Int) {
        let seconds = date.flooredEpochSeconds
        let offset = zone.printableOffset(atEpochSeconds: seconds)
        let local = seconds + offset
        return (CivilDateTime(localEpochSeconds: local), offset, CivilCalendar.splitSeconds(local).days)
    }
}
