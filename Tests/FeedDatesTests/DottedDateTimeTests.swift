import FeedDates
import FeedTestSupport
import Testing

@Suite("Seed dates: DD.MM.YYYY, HH:MM")
struct DottedDateTimeTests {
    @Test("dotted fixtures", arguments: try Fixtures.rows("dotted*.tsv"))
    func parse(row: FixtureRow) throws {
        let columns = try row.columns(3)
        let parsed = DottedDateTime.parse(Substring(columns[0]))
        if columns[1] == "invalid" {
            #expect(parsed == nil)
        } else {
            #expect(parsed == (try TestParsing.civil(columns[1])))
            #expect(parsed?.description == columns[1])
        }
    }

    @Test("seed-lines fixtures", arguments: try Fixtures.rows("seed-lines*.tsv"))
    func parsePrefix(row: FixtureRow) throws {
        let columns = try row.columns(5)
        let line = Substring(columns[0])
        let parsed = DottedDateTime.parsePrefix(line)
        if columns[1] == "-" {
            #expect(parsed == nil)
        } else {
            let (time, rest) = try #require(parsed)
            #expect(time == (try TestParsing.civil(columns[1])))
            #expect(String(rest) == columns[2])
        }
        #expect(DottedDateTime.looksLikeDate(line) == (try TestParsing.flag(columns[3])))
    }

    @Test("works on slices of a larger string, as an importer passes lines")
    func substringsOfLargerText() throws {
        let text = "header\n12.05.2025, 16:45 Первый\n13.05.2025, 09:00 Second\n"
        let lines = text.split(separator: "\n")
        let (first, firstRest) = try #require(DottedDateTime.parsePrefix(lines[1]))
        let (second, secondRest) = try #require(DottedDateTime.parsePrefix(lines[2]))
        #expect(first.description == "2025-05-12T16:45:00")
        #expect(firstRest == "Первый")
        #expect(second.description == "2025-05-13T09:00:00")
        #expect(secondRest == "Second")
        #expect(DottedDateTime.parse(lines[2].prefix(17))?.description == "2025-05-13T09:00:00")
        #expect(!DottedDateTime.looksLikeDate(lines[0]))
    }
}
