import FeedSchedule
public import FeedState
public import Foundation

/// What `feedwright status` shows: the last runs, the sources that are failing and since
/// when, and the next scheduled run.
public struct StatusReport: Sendable {
    /// The most recent runs, newest first, as many as ``load(config:runs:now:)`` was asked for.
    public var runs: [RunRecord]
    /// Sources whose last attempt failed, with their records.
    public var failing: [SourceRecord]
    /// The next run of the configured schedule, as local and UTC time.
    public var nextRun: String?
    /// Why there is no next run (no schedule, `@reboot`), for the text.
    public var scheduleNote: String?

    /// Reads the run history and source state of `config`'s state database.
    public static func load(
        config: FeedwrightConfig, runs limit: Int, now: Date = Date()
    ) throws(FeedwrightError) -> StatusReport {
        guard FileManager.default.fileExists(atPath: config.state.path.path) else {
            var report = StatusReport(runs: [], failing: [])
            report.describeSchedule(config.schedule, now: now)
            return report
        }
        do {
            let store = try StateStore(path: config.state.path)
            let configured = Set(config.sources.map(\.name))
            let failing = try store.sourceRecords().values
                .filter { $0.failingSince != nil && configured.contains($0.name) }
                .sorted { $0.name < $1.name }
            var report = StatusReport(runs: try store.recentRuns(limit: limit), failing: Array(failing))
            report.describeSchedule(config.schedule, now: now)
            return report
        } catch {
            throw .state(error)
        }
    }

    mutating func describeSchedule(_ schedule: ScheduleSettings?, now: Date) {
        guard let schedule else { return }
        if schedule.expression.isReboot {
            scheduleNote = "at the next boot (@reboot)"
            return
        }
        // Cron matches the expression in the system zone, so that is when the run comes.
        let zones = ScheduleZones(configured: schedule.timeZone)
        if let next = schedule.expression.next(after: now, in: zones.cron) {
            nextRun = zones.line(for: next)
            if zones.differingConfigured != nil { nextRun? += " (cron runs in the system time zone)" }
        } else {
            scheduleNote = "\(schedule.expression) has no run in the next eight years"
        }
    }

    /// A report of runs and sources already read; ``load(config:runs:now:)`` reads them
    /// from the state database.
    public init(
        runs: [RunRecord], failing: [SourceRecord], nextRun: String? = nil, scheduleNote: String? = nil
    ) {
        self.runs = runs
        self.failing = failing
        self.nextRun = nextRun
        self.scheduleNote = scheduleNote
    }
}
