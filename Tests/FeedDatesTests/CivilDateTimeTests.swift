import FeedDates
import FeedTestSupport
import Testing

@Suite("CivilDateTime values")
struct CivilDateTimeTests {
    @Test("civil-validation fixtures", arguments: try Fixtures.rows("civil-validation*.tsv"))
    func validation(row: FixtureRow) throws {
        let columns = try row.columns(8)
        let numbers = try columns[0..<6].map(TestParsing.integer)
        let time = CivilDateTime(
            year: numbers[0], month: numbers[1], day: numbers[2],
            hour: numbers[3], minute: numbers[4], second: numbers[5]
        )
        if try TestParsing.flag(columns[6]) {
            let time = try #require(time)
            #expect([time.year, time.month, time.day, time.hour, time.minute, time.second] == numbers)
        } else {
            #expect(time == nil)
        }
    }

    @Test("description is ISO 8601 without a zone, zero-padded")
    func description() throws {
        let seed = try #require(CivilDateTime(year: 2025, month: 5, day: 12, hour: 16, minute: 45))
        #expect(seed.description == "2025-05-12T16:45:00")
        let early = try #require(CivilDateTime(year: 7, month: 1, day: 2, hour: 3, minute: 4, second: 5))
        #expect(early.description == "0007-01-02T03:04:05")
    }

    @Test("order is wall-clock order, field by field")
    func ordering() throws {
        let texts = [
            "2025-05-12T16:45:00", "2024-12-31T23:59:59", "2025-05-12T16:44:59",
            "2025-01-01T00:00:00", "2025-05-12T16:45:01",
        ]
        let sorted = try texts.map(TestParsing.civil).sorted().map(\.description)
        #expect(sorted == texts.sorted())
    }
}
