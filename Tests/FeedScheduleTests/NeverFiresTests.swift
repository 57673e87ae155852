import FeedSchedule
import FeedTestSupport
import Foundation
import Testing

/// `Fixtures/never/*.tsv`: which expressions match no real date, and the reason given.
@Suite("Expressions that never fire")
struct NeverFiresTests {
    @Test("expression -> reason or fires", arguments: ScheduleFixtures.arguments("never"))
    func row(_ row: FixtureRow) throws {
        let columns = try row.columns(3)
        let expression = try CronExpression(parsing: columns[0])
        let expected = columns[1] == "fires" ? nil : columns[1]
        #expect(expression.neverFiresReason == expected)
    }

    @Test("the table holds both outcomes and the cases the issue names")
    func coverage() throws {
        let rows = try ScheduleFixtures.rows("never")
        let expressions = Set(rows.map { $0.fields[0] })
        for named in ["0 0 31 2 *", "0 0 30 2 *", "0 0 31 4,6,9,11 *", "0 0 29 2 *", "0 0 31 * *"] {
            #expect(expressions.contains(named), "\(named) has no row")
        }
        #expect(rows.contains { $0.fields[1] == "fires" } && rows.contains { $0.fields[1] != "fires" })
    }

    @Test("an expression that fires has a run within one leap cycle of any date")
    func firingAgreesWithNextRuns() throws {
        let utc = try TestTime.zone("UTC")
        for row in try ScheduleFixtures.rows("never")
        where row.fields[1] == "fires" && row.fields[0] != "@reboot" {
            let expression = try CronExpression(parsing: row.fields[0])
            // The preview looks 8 years ahead; a leap-day Sunday needs 28, so start late enough.
            let after = try TestTime.date("2031-01-01T00:00:00Z")
            #expect(expression.next(after: after, in: utc) != nil, "\(row.fields[0])")
        }
    }
}
