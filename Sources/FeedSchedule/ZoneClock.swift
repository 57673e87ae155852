import Foundation

/// Wall-clock time in a tz database zone, mapped to instants. Everything is whole seconds
/// since 1970: "wall seconds" count local time as if it were UTC.
///
/// Assumes at most one offset change within any 50 hours, which holds for every zone in
/// the tz database; it lets each local date be checked with two offset look-ups.
struct ZoneClock {
    let zone: TimeZone

    /// What a wall-clock reading corresponds to.
    enum Reading: Equatable {
        /// The usual case: exactly one instant.
        case unique(Int)
        /// An overlap: the clock shows this time twice, at `first` and at `second`.
        case repeated(first: Int, second: Int)
        /// A gap: the clock never shows this time; it jumps over it at `jump`.
        case skipped(jump: Int)
    }

    /// The offsets in force before and after `day`, read from instants that lie outside
    /// the local date in any zone (offsets span -12 to +14 hours).
    func offsets(around day: CivilDay) -> (before: Int, after: Int) {
        (offset(at: day.wallStart - 14 * 3_600), offset(at: day.wallStart + 36 * 3_600))
    }

    func offset(at instant: Int) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
    }

    /// Resolves `wall` on a date whose surrounding offsets are `offsets`.
    func reading(_ wall: Int, offsets: (before: Int, after: Int)) -> Reading {
        guard offsets.before != offsets.after else { return .unique(wall - offsets.before) }
        let early = wall - offsets.before
        let late = wall - offsets.after
        let earlyHolds = offset(at: early) == offsets.before
        let lateHolds = offset(at: late) == offsets.after
        switch (earlyHolds, lateHolds) {
        case (true, true): return .repeated(first: min(early, late), second: max(early, late))
        case (true, false): return .unique(early)
        case (false, true): return .unique(late)
        case (false, false):
            return .skipped(jump: transition(after: late, through: early, from: offsets.before))
        }
    }

    /// The first instant in `(low, high]` whose offset is no longer `before`, by bisection;
    /// `low` still has the old offset and `high` the new one.
    private func transition(after low: Int, through high: Int, from before: Int) -> Int {
        var low = low
        var high = high
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if offset(at: middle) == before { low = middle } else { high = middle }
        }
        return high
    }
}
