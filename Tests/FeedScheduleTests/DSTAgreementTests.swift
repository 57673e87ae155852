import FeedSchedule
import Foundation
import Testing

/// `nextRuns` against a different algorithm: a simulation of cron's main loop, which wakes
/// every minute, looks at the wall clock, and (Vixie cron.c) runs fixed-time jobs for wall
/// minutes the clock skipped and not again for minutes it repeats. Wall fields come from
/// Foundation's Calendar, not from FeedSchedule's own date arithmetic.
@Suite("Agreement with a minute-by-minute simulation of cron")
struct DSTAgreementTests {
    static let windows = [
        ("Europe/Berlin", "2026-03-28T00:00:00Z"), ("Europe/Berlin", "2026-10-24T00:00:00Z"),
        ("Europe/Moscow", "2011-03-26T00:00:00Z"), ("Europe/Moscow", "2014-10-25T00:00:00Z"),
        ("America/New_York", "2026-11-01T00:00:00Z"), ("Australia/Lord_Howe", "2026-04-04T00:00:00Z"),
        ("Australia/Lord_Howe", "2026-10-03T00:00:00Z"), ("America/Sao_Paulo", "2018-11-03T00:00:00Z"),
        ("America/Sao_Paulo", "2019-02-16T00:00:00Z"),
    ]

    static let expressions = [
        "*/10 * * * *", "30 2 * * *", "0,30 1-3 * * *", "15 * * * *", "*/15 2 * * *", "0 0 * * *",
        "45 1 * * *", "30 23 * * *", "0 0-4 * * *", "20 0 * * 0,6",
    ]

    @Test("three days around a transition", arguments: windows)
    func agrees(zoneName: String, start: String) throws {
        let zone = try TestTime.zone(zoneName)
        let after = try TestTime.date(start)
        let minutes = WallMinute.sequence(from: after, minutes: 3 * 1_440, in: zone)
        for text in Self.expressions {
            let expression = try CronExpression(parsing: text)
            let simulated = simulate(expression, over: minutes)
            let computed = expression.nextRuns(after: after, count: simulated.count, in: zone)
            guard computed != simulated else { continue }
            // Formatting only on failure: ISO8601DateFormatter is slow to create.
            #expect(
                computed.map { TestTime.text($0, in: zone) } == simulated.map { TestTime.text($0, in: zone) },
                "\(text)")
        }
    }

    private func simulate(_ expression: CronExpression, over minutes: [WallMinute]) -> [Date] {
        let wildcard = expression.startsWithStar(.minute) || expression.startsWithStar(.hour)
        let matcher = Matcher(expression)
        var runs: [Date] = []
        var latestWall = minutes[0].wall
        for (previous, minute) in zip(minutes, minutes.dropFirst()) {
            var due = false
            if !wildcard {
                // Wall minutes the clock jumped over.
                var skipped = previous.wall + 60
                while skipped < minute.wall {
                    due = due || matcher.matches(WallMinute(instant: minute.instant, wall: skipped))
                    skipped += 60
                }
            }
            if matcher.matches(minute) && (wildcard || minute.wall > latestWall) { due = true }
            if due { runs.append(minute.instant) }
            latestWall = max(latestWall, minute.wall)
        }
        return runs
    }
}

/// Cron's field test, from the expression's public values.
private struct Matcher {
    let sets: [Set<Int>]
    let both: Bool

    init(_ expression: CronExpression) {
        sets = CronField.allCases.map { Set(expression.values(of: $0)) }
        both = expression.dayMatching == .both
    }

    func matches(_ minute: WallMinute) -> Bool {
        let fields = minute.fields
        guard sets[0].contains(fields.minute), sets[1].contains(fields.hour), sets[3].contains(fields.month)
        else { return false }
        let day = sets[2].contains(fields.day)
        let weekday = sets[4].contains(fields.weekday)
        return both ? day && weekday : day || weekday
    }
}

/// One minute of real time and the wall-clock reading in the zone at that moment.
private struct WallMinute {
    let instant: Date
    /// Wall-clock seconds since 1970 (local time read as if it were UTC).
    let wall: Int
    let fields: (minute: Int, hour: Int, day: Int, month: Int, weekday: Int)

    init(instant: Date, wall: Int) {
        self.instant = instant
        self.wall = wall
        let parts = Self.utcCalendar.dateComponents(
            [.minute, .hour, .day, .month, .weekday], from: Date(timeIntervalSince1970: TimeInterval(wall)))
        fields = (
            parts.minute ?? -1, parts.hour ?? -1, parts.day ?? -1, parts.month ?? -1, (parts.weekday ?? 0) - 1
        )
    }

    static func sequence(from start: Date, minutes: Int, in zone: TimeZone) -> [WallMinute] {
        (0...minutes).map { index in
            let instant = start.addingTimeInterval(TimeInterval(index * 60))
            let wall = Int(instant.timeIntervalSince1970) + zone.secondsFromGMT(for: instant)
            return WallMinute(instant: instant, wall: wall)
        }
    }

    /// Wall seconds are read as UTC, where every minute exists exactly once.
    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()
}
