import FeedDates
import FeedTestSupport
import Foundation
import Testing

@Suite("Reading RFC 3339 timestamps")
struct RFC3339ParseTests {
    @Test("rfc3339-parse fixtures", arguments: try Fixtures.rows("rfc3339-parse*.tsv"))
    func parse(row: FixtureRow) throws {
        let columns = try row.columns(3)
        let parsed = RFC3339.parse(columns[0])
        if columns[1] == "invalid" {
            #expect(parsed == nil)
        } else {
            let expected = try TestParsing.epochSeconds(columns[1])
            let date = try #require(parsed)
            // A microsecond covers Double rounding between 1970- and 2001-based intervals.
            #expect(abs(date.timeIntervalSince1970 - expected) < 1e-6, "got \(date.timeIntervalSince1970)")
        }
    }
}
