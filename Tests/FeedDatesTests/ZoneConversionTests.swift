import FeedDates
import FeedTestSupport
import Foundation
import Testing

@Suite("Wall-clock time to instant across zone history")
struct ZoneConversionTests {
    @Test("zone-conversions fixtures", arguments: try Fixtures.rows("zone-conversions*.tsv"))
    func wallClockToInstant(row: FixtureRow) throws {
        let columns = try row.columns(4)
        let zone = try TestParsing.zone(columns[0])
        let local = try TestParsing.civil(columns[1])

        let instant = local.instant(in: zone)

        #expect(FeedDateFormat.rfc3339(instant, in: zone) == columns[2])
        // The expectation must name this exact instant, not just print the same way.
        #expect(RFC3339.parse(columns[2]) == instant)
    }

    @Test("the inverse gives the exact local wall-clock time, odd LMT seconds included")
    func instantToWallClock() throws {
        let moscow = try TestParsing.zone("Europe/Moscow")
        let seed = try #require(RFC3339.parse("2025-05-12T13:45:00Z"))
        #expect(CivilDateTime(seed, in: moscow).description == "2025-05-12T16:45:00")

        // 1870-01-01T00:00:00Z under local mean time +2:30:17.
        let lmt = Date(timeIntervalSince1970: -3_155_673_600)
        #expect(CivilDateTime(lmt, in: moscow).description == "1870-01-01T02:30:17")
        #expect(CivilDateTime(lmt, in: moscow).instant(in: moscow) == lmt)
    }

    @Test("fractional seconds floor toward the past, before and after 1970")
    func fractionalSecondsFloor() throws {
        let utc = try TestParsing.zone("UTC")
        let justBefore1970 = CivilDateTime(Date(timeIntervalSince1970: -0.25), in: utc)
        let almostOneMinute = CivilDateTime(Date(timeIntervalSince1970: 59.999), in: utc)
        #expect(justBefore1970.description == "1969-12-31T23:59:59")
        #expect(almostOneMinute.description == "1970-01-01T00:00:59")
    }

    @Test("extreme dates neither trap nor lose the round trip")
    func extremeDates() throws {
        let utc = try TestParsing.zone("UTC")
        for date in [Date.distantPast, Date.distantFuture] {
            #expect(CivilDateTime(date, in: utc).instant(in: utc) == date)
        }
        #expect(CivilDateTime(Date.distantFuture, in: utc).year == 4001)
        // Out-of-range instants clamp instead of trapping in Int conversion.
        let far = CivilDateTime(Date(timeIntervalSince1970: 1e300), in: utc)
        #expect(far.year > 10_000_000)
    }
}
