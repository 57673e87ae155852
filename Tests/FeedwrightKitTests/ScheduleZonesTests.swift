import FeedwrightKit
import Foundation
import Testing

/// `schedule next`/`status` show runs when cron starts them: in the system zone, with
/// `schedule.timeZone` beside when it differs. The config is `Fixtures/schedule/
/// berlin-0230.json` (`30 2 * * *` meant in Europe/Berlin); the system zone is injected.
@Suite("Schedule times in cron's zone")
struct ScheduleZonesTests {
    static let config = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("schedule/berlin-0230.json")
    /// 2026-12-05T12:00:00Z: winter, Berlin at +01:00.
    static let now = Date(timeIntervalSince1970: 1_796_472_000)

    private func plan(systemZone: String) throws -> SchedulePlan {
        let config = try ConfigLoader.load(from: Self.config)
        return try SchedulePlan(
            config: config, binary: "/usr/local/bin/feedwright",
            systemZone: try #require(TimeZone(identifier: systemZone)))
    }

    @Test("a system in Etc/UTC runs 02:30 there, shown with Berlin's 03:30 beside")
    func utcSystem() throws {
        let plan = try plan(systemZone: "Etc/UTC")
        let runs = plan.nextRuns(after: Self.now, count: 2)
        #expect(
            runs.map { plan.line(for: $0) } == [
                "2026-12-06 02:30 Etc/UTC (+00:00) = 2026-12-06T02:30:00Z, 2026-12-06 03:30 Europe/Berlin (+01:00) in schedule.timeZone",
                "2026-12-07 02:30 Etc/UTC (+00:00) = 2026-12-07T02:30:00Z, 2026-12-07 03:30 Europe/Berlin (+01:00) in schedule.timeZone",
            ])
        #expect(
            plan.zoneNote
                == "note: cron runs schedules in the system time zone (Etc/UTC), not in schedule.timeZone (Europe/Berlin); "
                + "a timer from `schedule install --systemd` runs at Europe/Berlin times")
        #expect(plan.zoneWarning != nil)
    }

    @Test("a system in the configured zone: one time, no note")
    func sameZone() throws {
        let plan = try plan(systemZone: "Europe/Berlin")
        let runs = plan.nextRuns(after: Self.now, count: 1)
        #expect(
            runs.map { plan.line(for: $0) } == [
                "2026-12-06 02:30 Europe/Berlin (+01:00) = 2026-12-06T01:30:00Z"
            ])
        #expect(plan.zoneNote == nil && plan.zoneWarning == nil)
    }

    @Test("the systemd timer keeps the configured zone, which systemd applies itself")
    func systemdKeepsTheZone() throws {
        let plan = try plan(systemZone: "Etc/UTC")
        #expect(plan.systemdUnits.timer.contains("OnCalendar=*-*-* 02:30:00 Europe/Berlin"))
    }
}
