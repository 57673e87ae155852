public import FeedSchedule
public import Foundation

/// The `schedule` object of `config.json` (optional): when cron regenerates the feeds.
public struct ScheduleSettings: Sendable, Equatable {
    /// `schedule.cron` (required inside `schedule`): a five-field cron expression or a
    /// macro such as `@hourly`.
    public var expression: CronExpression
    /// `schedule.timeZone`: the zone the expression is meant in; the system's zone (where
    /// cron reads it) when absent.
    public var timeZone: TimeZone?
    /// `schedule.log`: where the scheduled builds append what they print; default
    /// `build.log` beside the state database.
    public var log: URL

    public init(expression: CronExpression, timeZone: TimeZone?, log: URL) {
        self.expression = expression
        self.timeZone = timeZone
        self.log = log
    }
}
