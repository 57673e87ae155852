import FeedSchedule
import Foundation
import Testing

/// The zone cron runs in, read from an `/etc`-like folder built in a temporary directory:
/// `localtime` as Debian links it, as a plain copy beside a `timezone` file, or missing.
@Suite("The system time zone")
final class SystemZoneTests {
    let etc: String

    init() throws {
        etc = FileManager.default.temporaryDirectory.appendingPathComponent("etc-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: etc, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: etc)
    }

    private func zone() -> String {
        SystemZone.current(localtime: "\(etc)/localtime", timezoneFile: "\(etc)/timezone").identifier
    }

    @Test("localtime links into the zoneinfo tree: the link names the zone")
    func linked() throws {
        try FileManager.default.createSymbolicLink(
            atPath: "\(etc)/localtime", withDestinationPath: "/usr/share/zoneinfo/America/New_York")
        try "Europe/Berlin\n".write(toFile: "\(etc)/timezone", atomically: true, encoding: .utf8)
        #expect(zone() == "America/New_York")
    }

    @Test("a copied localtime: the timezone file names the zone")
    func copied() throws {
        _ = FileManager.default.createFile(atPath: "\(etc)/localtime", contents: Data("TZif".utf8))
        try "Asia/Tokyo\n".write(toFile: "\(etc)/timezone", atomically: true, encoding: .utf8)
        #expect(zone() == "Asia/Tokyo")
    }

    @Test("no localtime at all: UTC, as the C library assumes")
    func missing() {
        #expect(["UTC", "GMT"].contains(zone()))
    }
}
