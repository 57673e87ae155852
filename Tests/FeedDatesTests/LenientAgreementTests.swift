import FeedDates
import FeedTestSupport
import Foundation
import Testing

/// The lenient parser against the module's strict parsers and writers: where they overlap,
/// they must agree exactly.
@Suite("Lenient dates agree with the strict parsers and the writers")
struct LenientAgreementTests {
    @Test("every lenient row read as clean RFC 3339 matches RFC3339.parse exactly")
    func cleanRFC3339Rows() throws {
        var checked = 0
        for (row, zone, form) in try LenientTestParsing.acceptedRows() where form == .rfc3339 {
            let parsed = try #require(LenientDate.parse(row.fields[0], defaultZone: zone))
            guard parsed.repairs.isEmpty else { continue }
            #expect(parsed.date == RFC3339.parse(row.fields[0]), "\(row.testDescription)")
            checked += 1
        }
        #expect(checked >= 10)
    }

    @Test(
        "every date RFC3339.parse accepts is read the same, as clean rfc3339",
        arguments: try Fixtures.rows("rfc3339-parse*.tsv"))
    func strictRFC3339Fixtures(row: FixtureRow) throws {
        let columns = try row.columns(3)
        guard let strict = RFC3339.parse(columns[0]) else { return }
        let parsed = try #require(
            LenientDate.parse(columns[0], defaultZone: try TestParsing.zone("Asia/Tokyo")))
        #expect(parsed.date == strict)
        #expect(parsed.form == .rfc3339)
        #expect(parsed.repairs.isEmpty)
        #expect(!parsed.zoneWasAssumed)
    }

    @Test(
        "every seed date DottedDateTime accepts is read the same, in the default zone",
        arguments: try Fixtures.rows("dotted*.tsv"))
    func strictDottedFixtures(row: FixtureRow) throws {
        let columns = try row.columns(3)
        guard let civil = DottedDateTime.parse(Substring(columns[0])) else { return }
        let moscow = try TestParsing.zone("Europe/Moscow")
        let parsed = try #require(LenientDate.parse(columns[0], defaultZone: moscow))
        #expect(parsed.date == civil.instant(in: moscow))
        #expect(parsed.form == .dotted)
        #expect(parsed.repairs.isEmpty)
        #expect(parsed.zoneWasAssumed)
    }

    @Test(
        "what FeedDateFormat writes reads back to the same second, clean, every 7 hours 1990-2030",
        arguments: ["Europe/Moscow", "America/St_Johns", "Asia/Kathmandu", "UTC"]
    )
    func writerRoundTrip(zoneID: String) throws {
        let zone = try TestParsing.zone(zoneID)
        let other = try TestParsing.zone("Pacific/Auckland")
        for seconds in stride(from: 631_152_000, to: 1_893_456_000, by: 7 * 3600 + 13) {
            let date = Date(timeIntervalSince1970: Double(seconds))
            let rss = try #require(
                LenientDate.parse(FeedDateFormat.rfc822(date, in: zone), defaultZone: other))
            let atom = try #require(
                LenientDate.parse(FeedDateFormat.rfc3339(date, in: zone), defaultZone: other))
            #expect(rss == LenientDate.Result(date: date, zoneWasAssumed: false, form: .rfc822, repairs: []))
            #expect(
                atom == LenientDate.Result(date: date, zoneWasAssumed: false, form: .rfc3339, repairs: []))
        }
    }
}
