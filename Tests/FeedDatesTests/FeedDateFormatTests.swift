import FeedDates
import FeedTestSupport
import Foundation
import Testing

@Suite("Writing feed dates")
struct FeedDateFormatTests {
    @Test("rfc822 fixtures", arguments: try Fixtures.rows("rfc822*.tsv"))
    func rfc822(row: FixtureRow) throws {
        let columns = try row.columns(4)
        let zone = try TestParsing.zone(columns[0])
        let date = Date(timeIntervalSince1970: try TestParsing.epochSeconds(columns[1]))

        #expect(FeedDateFormat.rfc822(date, in: zone) == columns[2])
    }

    @Test("rfc3339 fixtures", arguments: try Fixtures.rows("rfc3339-format*.tsv"))
    func rfc3339(row: FixtureRow) throws {
        let columns = try row.columns(4)
        let zone = try TestParsing.zone(columns[0])
        let seconds = try TestParsing.epochSeconds(columns[1])
        let date = Date(timeIntervalSince1970: seconds)

        let text = FeedDateFormat.rfc3339(date, in: zone)

        #expect(text == columns[2])
        // Printed time and rounded offset together name exactly the floored instant.
        #expect(RFC3339.parse(text) == Date(timeIntervalSince1970: seconds.rounded(.down)))
    }
}
