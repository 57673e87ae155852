public import FeedSchedule
public import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What `feedwright schedule` installs for a config: the crontab block or systemd units,
/// with absolute paths, and the zone its runs are computed in.
public struct SchedulePlan: Sendable {
    /// The config's `schedule` section: the expression, its zone and the log.
    public var settings: ScheduleSettings
    /// The config file, absolute.
    public var configPath: String
    /// The `feedwright` executable, absolute.
    public var binary: String

    /// The zone cron matches the expression in, and the configured one.
    public var zones: ScheduleZones

    /// The plan for `config`; fails when it has no `schedule` section. `systemZone` is the
    /// zone cron uses (the system's; see `SystemZone`).
    public init(config: FeedwrightConfig, binary: String, systemZone: TimeZone = SystemZone.current())
        throws(FeedwrightError)
    {
        guard let settings = config.schedule else {
            throw .setting(
                file: PathDisplay.relative(config.file), keyPath: "schedule",
                message: "no schedule configured; add for example \"schedule\": {\"cron\": \"*/15 * * * *\"}")
        }
        self.settings = settings
        configPath = config.file.absoluteURL.standardizedFileURL.path
        self.binary = binary
        zones = ScheduleZones(cron: systemZone, configured: settings.timeZone)
    }

    /// The zone cron computes the runs in: the system's, whatever `schedule.timeZone`
    /// says (a systemd timer applies that one itself).
    public var zone: TimeZone { zones.cron }

    /// The marker comment and job line `schedule install` puts into the crontab.
    public var crontabBlock: CrontabBlock {
        CrontabBlock(
            expression: settings.expression, binary: binary, configPath: configPath,
            logPath: settings.log.path)
    }

    /// The `.service`/`.timer` pair `schedule install --systemd` prints instead, for
    /// machines that prefer timers.
    public var systemdUnits: SystemdUnits {
        SystemdUnits(
            expression: settings.expression, zone: settings.timeZone?.identifier, binary: binary,
            configPath: configPath, logPath: settings.log.path)
    }

    /// Cron reads the expression in the system's zone; a different configured zone is
    /// worth a warning at install, since the runs would then come at other wall times.
    public var zoneWarning: String? {
        guard let wanted = zones.differingConfigured, !runsAtTheSameInstantsEverywhere else { return nil }
        let system = zones.cron
        return "warning: cron reads schedules in the system time zone (\(system.identifier)), "
            + "but schedule.timeZone is \(wanted.identifier): the runs come at \(system.identifier) wall times; "
            + "set the system zone, or use --systemd (timers honour the zone)"
    }

    /// The note for `next`: cron's zone against the configured one, unless the difference
    /// does not move any run.
    public var zoneNote: String? {
        runsAtTheSameInstantsEverywhere ? nil : zones.note
    }

    /// `*/15 * * * *` and the like name no hour or day, so any zone whose offset differs
    /// by whole hours gives the same instants.
    private var runsAtTheSameInstantsEverywhere: Bool {
        let expression = settings.expression
        let everyHour = expression.values(of: .hour).count == 24
        let everyDay =
            expression.values(of: .dayOfMonth).count == 31 && expression.values(of: .dayOfWeek).count == 7
        let everyMonth = expression.values(of: .month).count == 12
        let now = Date()
        let difference =
            (settings.timeZone ?? zones.cron).secondsFromGMT(for: now) - zones.cron.secondsFromGMT(for: now)
        return everyHour && everyDay && everyMonth && difference % 3600 == 0
    }

    /// Checks that the log can be appended to, creating its directory; nothing else changes.
    public func checkLog() throws(FeedwrightError) {
        let log = settings.log
        try? FileManager.default.createDirectory(
            at: log.deletingLastPathComponent(), withIntermediateDirectories: true)
        let existed = FileManager.default.fileExists(atPath: log.path)
        let descriptor = open(log.path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .io(
                path: log.path,
                message: "cannot write the schedule's log (schedule.log): \(FileProblem(errno: errno))"
            )
        }
        close(descriptor)
        if !existed { unlink(log.path) }
    }

    /// The next `count` runs from `now`, as cron will start them.
    public func nextRuns(after now: Date, count: Int) -> [Date] {
        settings.expression.nextRuns(after: now, count: count, in: zone)
    }

    /// A run as `next` and `install` print it: cron's zone, UTC, and the configured zone.
    public func line(for run: Date) -> String {
        zones.line(for: run)
    }
}
