import FeedSchedule
import FeedTestSupport
import Testing

/// `Fixtures/parse/*.tsv`: each expression either parses to the normalised description in
/// the second column, or fails with exactly the error line there (those start with
/// `cron expression "`).
@Suite("Cron expression parsing, from fixture tables")
struct ParseTableTests {
    @Test(
        "expression -> normalised description or exact error", arguments: ScheduleFixtures.arguments("parse"))
    func row(_ row: FixtureRow) throws {
        let columns = try row.columns(3)
        let (text, expected) = (columns[0], columns[1])
        do throws(CronSyntaxError) {
            let expression = try CronExpression(parsing: text)
            #expect(expression.description == expected)
            // The normalised form means the same schedule.
            #expect(try CronExpression(parsing: expression.description) == expression)
        } catch {
            #expect(error.description == expected)
            #expect(!error.description.contains("\n"), "an error message must be one line")
            #expect(error.column <= Array(text).count)
        }
    }
}
