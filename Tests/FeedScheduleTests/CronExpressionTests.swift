import FeedSchedule
import Foundation
import Testing

/// The public API around the tables: what the parsed value exposes, where errors point,
/// and the bounds on next-run work.
@Suite("CronExpression")
struct CronExpressionTests {
    @Test("fields are exposed as sorted values, Sunday as 0")
    func values() throws {
        let expression = try CronExpression(parsing: "*/20 9-11 1,15 jan,JUL sun,7,sat")
        #expect(expression.values(of: .minute) == [0, 20, 40])
        #expect(expression.values(of: .hour) == [9, 10, 11])
        #expect(expression.values(of: .dayOfMonth) == [1, 15])
        #expect(expression.values(of: .month) == [1, 7])
        #expect(expression.values(of: .dayOfWeek) == [0, 6])
        #expect(expression.startsWithStar(.minute))
        #expect(!expression.startsWithStar(.hour))
        #expect(!expression.isReboot)
    }

    @Test(
        "day fields combine with OR only when neither starts with *",
        arguments: [
            ("0 0 13 * 5", CronDayMatching.either),
            ("0 0 1-31 * 0-7", .either),
            ("0 0 * * 5", .both),
            ("0 0 13 * *", .both),
            ("0 0 */2 * 1", .both),
            ("0 0 1 * */7", .both),
            ("@weekly", .both),
        ]
    )
    func dayMatching(text: String, expected: CronDayMatching) throws {
        #expect(try CronExpression(parsing: text).dayMatching == expected)
    }

    @Test("@reboot is explicit and has no runs")
    func reboot() throws {
        let reboot = try CronExpression(parsing: "@reboot")
        #expect(reboot.isReboot)
        #expect(reboot.description == "@reboot")
        #expect(reboot.values(of: .minute).isEmpty)
        let now = try TestTime.date("2026-01-01T00:00:00Z")
        #expect(reboot.nextRuns(after: now, count: 5, in: try TestTime.zone("UTC")).isEmpty)
        #expect(reboot.next(after: now, in: try TestTime.zone("UTC")) == nil)
    }

    @Test("equal schedules are equal however they are written")
    func equality() throws {
        #expect(try CronExpression(parsing: "0 0 * * 7") == CronExpression(parsing: "0 0 * * sun"))
        #expect(try CronExpression(parsing: "@daily") == CronExpression(parsing: "0 0 * * *"))
        #expect(
            try CronExpression(parsing: "0,15,30,45 * * * *") == CronExpression(parsing: "0-59/15 * * * *"))
        // Same minutes, but only the star-started one is a wildcard-time job for DST.
        #expect(try CronExpression(parsing: "*/15 * * * *") != CronExpression(parsing: "0-59/15 * * * *"))
    }

    @Test("errors carry the field and column apart from the message")
    func errorParts() throws {
        let error = #expect(throws: CronSyntaxError.self) { try CronExpression(parsing: "0 0 * 13 *") }
        #expect(error?.field == .month)
        #expect(error?.column == 6)
        #expect(error?.message == "13 is out of range 1-12")
        #expect(error?.expression == "0 0 * 13 *")
        let whole = #expect(throws: CronSyntaxError.self) { try CronExpression(parsing: "@often") }
        #expect(whole?.field == nil)
    }

    @Test("count 0 or less gives no runs")
    func nonPositiveCount() throws {
        let expression = try CronExpression(parsing: "* * * * *")
        let now = try TestTime.date("2026-01-01T00:00:00Z")
        #expect(expression.nextRuns(after: now, count: 0, in: try TestTime.zone("UTC")).isEmpty)
        #expect(expression.nextRuns(after: now, count: -3, in: try TestTime.zone("UTC")).isEmpty)
    }

    @Test("an expression that never matches gives up within the horizon, quickly")
    func horizon() throws {
        let never = try CronExpression(parsing: "0 0 30 2 *")
        let zone = try TestTime.zone("Europe/Berlin")
        let after = try TestTime.date("2026-01-01T00:00:00Z")
        let elapsed = ContinuousClock().measure {
            #expect(never.nextRuns(after: after, count: 1, in: zone).isEmpty)
        }
        #expect(elapsed < .seconds(1))
    }

    @Test("a year of runs comes in order and without duplicates")
    func manyRuns() throws {
        let expression = try CronExpression(parsing: "*/30 * * * *")
        let zone = try TestTime.zone("Europe/Berlin")
        let after = try TestTime.date("2026-01-01T00:00:00+01:00")
        let runs = expression.nextRuns(after: after, count: 17_520, in: zone)
        #expect(runs.count == 17_520)
        #expect(zip(runs, runs.dropFirst()).allSatisfy { $0 < $1 })
        // 48 half hours a day for 365 days; the two lost in the March gap are made up by the
        // two repeated in the October overlap, so the last is the next new year's midnight.
        #expect(runs.last == (try TestTime.date("2027-01-01T00:00:00+01:00")))
    }
}
