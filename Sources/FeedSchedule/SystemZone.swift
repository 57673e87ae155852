public import Foundation

/// The zone the cron daemon matches expressions in: the system's, as a daemon started
/// without `TZ` sees it (Debian's cron uses its own local time), not the zone of the shell
/// that runs `feedwright`, whose `TZ` cron never sees.
public enum SystemZone {
    /// Read from `localtime` (normally a symlink into the zoneinfo tree), then from the
    /// `timezone` file Debian keeps beside it; UTC when `localtime` does not exist, as the
    /// C library assumes. A copied `localtime` file with no `timezone` file says nothing
    /// about its name, so the process's own zone stands in for it.
    public static func current(
        localtime: String = "/etc/localtime", timezoneFile: String = "/etc/timezone"
    ) -> TimeZone {
        if let zone = linkedZone(localtime) ?? namedZone(timezoneFile) { return zone }
        guard FileManager.default.fileExists(atPath: localtime) else { return TimeZone(identifier: "UTC")! }
        return TimeZone.current
    }

    /// `…/zoneinfo/Europe/Berlin` → Europe/Berlin.
    private static func linkedZone(_ path: String) -> TimeZone? {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path),
            let range = target.range(of: "zoneinfo/", options: .backwards)
        else { return nil }
        return TimeZone(identifier: String(target[range.upperBound...]))
    }

    private static func namedZone(_ path: String) -> TimeZone? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        return TimeZone(identifier: text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
