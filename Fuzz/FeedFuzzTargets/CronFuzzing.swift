import FeedSchedule
import Foundation

/// Parses any text as a cron expression; an accepted one must give ascending future runs
/// in every zone, a systemd calendar, and a crontab block that installs and removes
/// without touching the user's other lines.
enum CronFuzzing {
    static let zones = [
        "UTC", "Europe/Moscow", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Pacific/Apia",
    ].compactMap(TimeZone.init(identifier:))
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func run(_ input: Data) {
        let text = String(decoding: input, as: UTF8.self)
        guard let expression = try? CronExpression(parsing: text) else { return }
        let zone = zones[input.count % zones.count]
        checkRuns(expression.nextRuns(after: now, count: 3, in: zone), expression)
        _ = SystemdUnits(
            expression: expression, zone: zone.identifier, binary: "/usr/local/bin/feedwright",
            configPath: "/srv/news/config.json", logPath: "/srv/news/build.log")
        checkCrontabEdit(expression, userCrontab: text)
    }

    private static func checkRuns(_ runs: [Date], _ expression: CronExpression) {
        invariant(runs.allSatisfy { $0 > now }, "\(expression): a run is not in the future")
        invariant(zip(runs, runs.dropFirst()).allSatisfy { $0 < $1 }, "\(expression): runs not ascending")
    }

    /// The fuzzed text doubles as the user's existing crontab.
    private static func checkCrontabEdit(_ expression: CronExpression, userCrontab: String) {
        let configPath = "/srv/news/config.json"
        let block = CrontabBlock(
            expression: expression, binary: "/usr/local/bin/feedwright", configPath: configPath,
            logPath: "/srv/news/build.log")
        invariant(!block.jobLine.contains("\n"), "the job line spans lines: \(block.jobLine)")
        guard CrontabEdit.installed(for: configPath, in: userCrontab) == nil else { return }
        let installed = CrontabEdit.installing(block, into: userCrontab)
        invariant(CrontabEdit.installed(for: configPath, in: installed) != nil, "installed block not found")
        let removed = CrontabEdit.removing(configPath: configPath, from: installed)
        if userCrontab.isEmpty || userCrontab.hasSuffix("\n") {
            invariant(removed == userCrontab, "remove did not restore the crontab")
        }
    }
}
