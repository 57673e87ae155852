public import FeedSchedule
public import Foundation

/// The two zones a schedule involves: the one cron matches the expression in (the
/// system's) and `schedule.timeZone`, the one the user meant. Run times are shown in the
/// first, since that is when cron runs them, with the second beside when they differ.
public struct ScheduleZones: Sendable {
    /// The zone cron uses.
    public var cron: TimeZone
    /// `schedule.timeZone`, when set.
    public var configured: TimeZone?

    /// `cron` defaults to the system zone read from `/etc`, as the daemon sees it.
    public init(cron: TimeZone = SystemZone.current(), configured: TimeZone?) {
        self.cron = cron
        self.configured = configured
    }

    /// The configured zone when it would give other wall times than cron's, now or at its
    /// next DST change.
    public var differingConfigured: TimeZone? {
        guard let configured, configured.identifier != cron.identifier else { return nil }
        let now = Date()
        let sameRules =
            configured.secondsFromGMT(for: now) == cron.secondsFromGMT(for: now)
            && configured.nextDaylightSavingTimeTransition(after: now)
                == cron.nextDaylightSavingTimeTransition(after: now)
        return sameRules ? nil : configured
    }

    /// `2026-12-06 02:30 Etc/UTC (+00:00) = 2026-12-06T02:30:00Z`, followed by
    /// `, 2026-12-06 03:30 Europe/Berlin (+01:00) in schedule.timeZone` when that differs.
    public func line(for run: Date) -> String {
        let text = ScheduleRun(run, in: cron).description
        guard let configured = differingConfigured else { return text }
        return text + ", \(ScheduleRun(run, in: configured).local) in schedule.timeZone"
    }

    /// One line saying which zone cron runs in, when it is not the configured one.
    public var note: String? {
        guard let configured = differingConfigured else { return nil }
        return "note: cron runs schedules in the system time zone (\(cron.identifier)), "
            + "not in schedule.timeZone (\(configured.identifier)); "
            + "a timer from `schedule install --systemd` runs at \(configured.identifier) times"
    }
}
