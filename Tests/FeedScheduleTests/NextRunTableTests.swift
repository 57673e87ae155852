import FeedSchedule
import FeedTestSupport
import Foundation
import Testing

/// `Fixtures/next/*.tsv`: the next runs after an instant, in a zone, written as RFC 3339
/// with the zone's offset so a row shows the wall time cron matched as well as the instant.
/// Rows were cross-checked against an independent minute-by-minute simulation of cron's
/// main loop on Python's zoneinfo; `DSTAgreementTests` keeps a Swift version of that check.
@Suite("Next run times, from fixture tables")
struct NextRunTableTests {
    @Test("zone, after, expression, count -> runs", arguments: ScheduleFixtures.arguments("next"))
    func row(_ row: FixtureRow) throws {
        let columns = try row.columns(6)
        let zone = try TestTime.zone(columns[0])
        let after = try TestTime.date(columns[1])
        let expression = try CronExpression(parsing: columns[2])
        let count = try #require(Int(columns[3]), "count column is not a number")
        let expected = columns[4].split(separator: " ").map(String.init)
        #expect(expected.count <= count)
        for text in expected { _ = try TestTime.date(text) }

        let runs = expression.nextRuns(after: after, count: count, in: zone)
        #expect(runs.map { TestTime.text($0, in: zone) } == expected)
        #expect(expression.next(after: after, in: zone).map { TestTime.text($0, in: zone) } == expected.first)
    }
}
