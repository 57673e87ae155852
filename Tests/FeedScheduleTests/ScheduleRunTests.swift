import FeedSchedule
import Foundation
import Testing

/// How the CLI prints a run: local wall time with zone and offset, and UTC.
@Suite("ScheduleRun")
struct ScheduleRunTests {
    @Test(
        "local and UTC renderings",
        arguments: [
            (
                "Europe/Berlin", "2026-03-29T01:00:00Z",
                "2026-03-29 03:00 Europe/Berlin (+02:00) = 2026-03-29T01:00:00Z"
            ),
            (
                "Europe/Berlin", "2026-10-25T01:30:00Z",
                "2026-10-25 02:30 Europe/Berlin (+01:00) = 2026-10-25T01:30:00Z"
            ),
            (
                "Europe/Moscow", "2012-06-01T08:00:00Z",
                "2012-06-01 12:00 Europe/Moscow (+04:00) = 2012-06-01T08:00:00Z"
            ),
            (
                "America/New_York", "2027-01-01T05:00:00Z",
                "2027-01-01 00:00 America/New_York (-05:00) = 2027-01-01T05:00:00Z"
            ),
            (
                "Asia/Kolkata", "2026-01-01T18:30:00Z",
                "2026-01-02 00:00 Asia/Kolkata (+05:30) = 2026-01-01T18:30:00Z"
            ),
            // Foundation on Linux names the UTC zone GMT.
            ("UTC", "2026-01-01T00:00:07Z", "2026-01-01 00:00:07 GMT (+00:00) = 2026-01-01T00:00:07Z"),
        ]
    )
    func rendering(zone: String, instant: String, expected: String) throws {
        let date = try TestTime.date(instant)
        let run = ScheduleRun(date, in: try TestTime.zone(zone))
        #expect(run.description == expected)
        #expect(run.date == date)
        #expect(run.utc == instant)
    }
}
