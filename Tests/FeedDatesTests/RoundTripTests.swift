import FeedDates
import Foundation
import Testing

/// Properties over many instants and wall-clock times, beyond what hand-picked rows cover.
@Suite("Round trips between instants and wall-clock times")
struct RoundTripTests {
    /// 1990-01-01T00:00:00Z and 2030-01-01T00:00:00Z.
    static let span = 631_152_000..<1_893_456_000

    @Test(
        "instant -> wall clock -> instant, every 7 hours 1990-2030",
        arguments: ["Europe/Moscow", "Europe/Berlin", "America/New_York", "Asia/Kolkata"]
    )
    func instantRoundTrip(zoneID: String) throws {
        let zone = try TestParsing.zone(zoneID)
        var checked = 0
        for seconds in stride(from: Self.span.lowerBound, to: Self.span.upperBound, by: 7 * 3600) {
            try expectRoundTrip(Date(timeIntervalSince1970: Double(seconds)), in: zone)
            checked += 1
        }
        #expect(checked > 50_000)
    }

    @Test(
        "instant -> wall clock -> instant, every 10 minutes through the DST-era transitions",
        arguments: [
            ("Europe/Moscow", "2010-01-01T00:00:00Z", "2015-01-01T00:00:00Z"),
            ("Europe/Berlin", "2024-01-01T00:00:00Z", "2026-01-01T00:00:00Z"),
        ]
    )
    func denseInstantRoundTrip(zoneID: String, from: String, to: String) throws {
        let zone = try TestParsing.zone(zoneID)
        let start = try #require(RFC3339.parse(from)).timeIntervalSince1970
        let end = try #require(RFC3339.parse(to)).timeIntervalSince1970
        var overlaps = 0
        for seconds in stride(from: start, to: end, by: 600) {
            if try expectRoundTrip(Date(timeIntervalSince1970: seconds), in: zone) { overlaps += 1 }
        }
        // Proves the overlap branch ran: each fall-back hour holds six second passes.
        #expect(overlaps >= 6)
    }

    @Test(
        "wall clock -> instant -> wall clock, every 10 minutes; gaps move forward",
        arguments: [
            ("Europe/Moscow", "2010-01-01T00:00:00", "2015-01-01T00:00:00"),
            ("Europe/Berlin", "2024-01-01T00:00:00", "2026-01-01T00:00:00"),
        ]
    )
    func wallClockRoundTrip(zoneID: String, from: String, to: String) throws {
        let zone = try TestParsing.zone(zoneID)
        let utc = try TestParsing.zone("UTC")
        // Walking wall-clock readings via UTC keeps the walk itself free of zone logic.
        let start = try TestParsing.civil(from).instant(in: utc).timeIntervalSince1970
        let end = try TestParsing.civil(to).instant(in: utc).timeIntervalSince1970
        var gaps = 0
        for seconds in stride(from: start, to: end, by: 600) {
            let local = CivilDateTime(Date(timeIntervalSince1970: seconds), in: utc)
            let instant = local.instant(in: zone)
            let shown = CivilDateTime(instant, in: zone)
            if shown != local {
                // A reading that never happened: it must move forward by exactly the jump in
                // the zone's offset, and the same distance earlier must still be before the jump.
                gaps += 1
                let moved = shown.instant(in: utc).timeIntervalSince(local.instant(in: utc))
                let earlier = instant.addingTimeInterval(-moved)
                let jump = zone.secondsFromGMT(for: instant) - zone.secondsFromGMT(for: earlier)
                #expect(moved > 0 && Int(moved) == jump, "\(local) in \(zoneID) shown as \(shown)")
                #expect(CivilDateTime(earlier, in: zone) < local, "\(local) in \(zoneID) was not skipped")
            }
        }
        #expect(gaps >= 6)
    }

    @Test("RFC 3339 output parses back to the same whole-second instant")
    func formatParseRoundTrip() throws {
        for zoneID in ["Europe/Moscow", "Europe/Berlin", "Asia/Kathmandu", "America/St_Johns"] {
            let zone = try TestParsing.zone(zoneID)
            for seconds in stride(from: -2_000_000_000, to: 2_000_000_000, by: 7 * 3600 + 17) {
                let date = Date(timeIntervalSince1970: Double(seconds))
                #expect(RFC3339.parse(FeedDateFormat.rfc3339(date, in: zone)) == date)
            }
        }
    }

    /// Checks `CivilDateTime(date).instant == date`, or, inside a fall-back overlap, that the
    /// same wall time resolves to the earlier pass. Returns whether it was an overlap.
    @discardableResult
    private func expectRoundTrip(_ date: Date, in zone: TimeZone) throws -> Bool {
        let local = CivilDateTime(date, in: zone)
        let back = local.instant(in: zone)
        guard back != date else { return false }
        #expect(back < date, "\(local) resolved later than \(date)")
        #expect(CivilDateTime(back, in: zone) == local, "\(local) resolved to another wall time")
        return true
    }
}
