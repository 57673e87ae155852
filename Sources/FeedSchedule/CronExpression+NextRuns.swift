public import Foundation

extension CronExpression {
    /// How far past `after` the search looks: 8 years (2,922 days) covers every leap day
    /// and every weekday/date combination, and bounds the work for expressions that
    /// rarely or never match (`0 0 31 2 *`).
    public static let searchHorizonDays = 2_922

    /// The next run strictly after `date`, or `nil` for `@reboot` and for expressions
    /// with no run within `searchHorizonDays`.
    public func next(after date: Date, in zone: TimeZone) -> Date? {
        nextRuns(after: date, count: 1, in: zone).first
    }

    /// Up to `count` runs strictly after `date`, ascending, with fields matched against
    /// wall-clock time in `zone` and DST handled as the type's documentation describes.
    /// Fewer are returned when the search horizon ends first; none for `@reboot`.
    ///
    /// The clock is injected: `date` is "now". Work is proportional to the local dates
    /// scanned plus the runs returned, never to the minutes in between.
    public func nextRuns(after date: Date, count: Int, in zone: TimeZone) -> [Date] {
        guard count > 0, date.timeIntervalSince1970.isFinite, case .times(let times) = schedule else {
            return []
        }
        let clock = ZoneClock(zone: zone)
        let now = Int(date.timeIntervalSince1970.rounded(.down))
        // A day early: when the clock falls back across midnight, the next run can carry
        // an earlier local date than `date` does.
        let first = CivilDay(wallSeconds: now + clock.offset(at: now)).number - 1
        var runs: [Int] = []
        for number in first...(first + 1 + Self.searchHorizonDays) {
            let day = CivilDay(number: number)
            guard times.matches(day) else { continue }
            for run in times.runs(on: day, clock: clock) where Double(run) > date.timeIntervalSince1970 {
                // A catch-up run at the end of a gap can coincide with a run due then.
                guard run != runs.last else { continue }
                runs.append(run)
                if runs.count == count { return runs.map(Self.date) }
            }
        }
        return runs.map(Self.date)
    }

    private static func date(_ seconds: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}

extension CronTimes {
    /// The instants of every run on a local date that `matches`, ascending.
    fileprivate func runs(on day: CivilDay, clock: ZoneClock) -> [Int] {
        let offsets = clock.offsets(around: day)
        var runs: [Int] = []
        for hour in values[CronField.hour.rawValue].values {
            for minute in values[CronField.minute.rawValue].values {
                let wall = day.wallStart + hour * 3_600 + minute * 60
                append(clock.reading(wall, offsets: offsets), to: &runs)
            }
        }
        // Only a date with an overlap can produce instants out of order (the second 02:00
        // comes after the first 02:45), and only such a date has two different offsets.
        return offsets.before == offsets.after ? runs : Array(Set(runs)).sorted()
    }

    private func append(_ reading: ZoneClock.Reading, to runs: inout [Int]) {
        switch reading {
        case .unique(let instant):
            runs.append(instant)
        case .repeated(let first, let second):
            runs.append(first)
            if isWildcardTime { runs.append(second) }
        case .skipped(let jump):
            if !isWildcardTime { runs.append(jump) }
        }
    }
}
