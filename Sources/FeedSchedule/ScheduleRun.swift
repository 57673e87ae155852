public import Foundation

/// One run time as the CLI prints it: local wall time with the zone and its offset, and
/// the same instant in UTC, e.g.
/// `2026-03-29 03:00 Europe/Berlin (+02:00) = 2026-03-29T01:00:00Z`.
///
/// The zone is named by its tz identifier, because Foundation on Linux abbreviates from
/// the current rules only (it calls Moscow's 2012 offset of +4 "GMT+3").
public struct ScheduleRun: Sendable, Equatable, CustomStringConvertible {
    /// The instant.
    public let date: Date
    /// `2026-03-29 03:00 Europe/Berlin (+02:00)`; seconds appear only when not zero.
    public let local: String
    /// `2026-03-29T01:00:00Z` (RFC 3339).
    public let utc: String

    /// Describes `date` as the clock in `zone` shows it, to the whole second.
    public init(_ date: Date, in zone: TimeZone) {
        self.date = date
        let instant = Int(date.timeIntervalSince1970.rounded(.down))
        let offset = zone.secondsFromGMT(for: date)
        local =
            "\(Self.wall(instant + offset, withSeconds: false)) \(zone.identifier) (\(Self.offset(offset)))"
        utc = Self.wall(instant, withSeconds: true).replacingOccurrences(of: " ", with: "T") + "Z"
    }

    /// `local = utc`.
    public var description: String { "\(local) = \(utc)" }

    private static func wall(_ seconds: Int, withSeconds: Bool) -> String {
        let day = CivilDay(wallSeconds: seconds)
        let time = seconds - day.wallStart
        var text =
            "\(pad(day.year, 4))-\(pad(day.month, 2))-\(pad(day.day, 2)) "
            + "\(pad(time / 3_600, 2)):\(pad(time / 60 % 60, 2))"
        if withSeconds || time % 60 != 0 { text += ":\(pad(time % 60, 2))" }
        return text
    }

    /// `+02:00`, `-04:00`, `+05:30`.
    private static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return "\(sign)\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
