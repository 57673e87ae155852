public import Foundation

extension CivilDateTime {
    /// The local wall-clock time of `date` in `zone`, using the zone's exact offset (including
    /// the odd seconds of historical local mean time). Fractional seconds are floored so
    /// `instant(in:)` of the result never lies after `date`.
    public init(_ date: Date, in zone: TimeZone) {
        let seconds = date.flooredEpochSeconds
        self.init(localEpochSeconds: seconds + zone.offset(atEpochSeconds: seconds))
    }

    /// The instant this wall-clock time denotes in `zone`, with offsets from the tz database.
    ///
    /// Wall-clock times are not one-to-one with instants, so two rules decide:
    /// - In a spring-forward gap (the time never happened) the reading keeps the offset in
    ///   force before the gap, which moves it forward by the gap's length: 02:30 in
    ///   Europe/Berlin on 2025-03-30 becomes 03:30 CEST. A clock that was "late" to change
    ///   would have shown that reading at exactly that instant.
    /// - In a fall-back overlap (the time happened twice) the earlier instant wins, so an item
    ///   is never dated later than it could have been published.
    public func instant(in zone: TimeZone) -> Date {
        Date(epochSeconds: Self.epochSeconds(wallClock: localEpochSeconds, in: zone))
    }

    /// Solves `t + offset(t) == wallClock` for `t`.
    ///
    /// Any solution lies within a day of the wall-clock value (offsets stay under ±24 h), so
    /// the offsets in force a day either side are the candidates; probing the zone at each
    /// candidate's answer catches a second transition inside that window.
    static func epochSeconds(wallClock: Int, in zone: TimeZone) -> Int {
        let day = CivilCalendar.secondsPerDay
        var candidates = [
            zone.offset(atEpochSeconds: wallClock - day),
            zone.offset(atEpochSeconds: wallClock + day),
        ]
        for offset in candidates {
            let probed = zone.offset(atEpochSeconds: wallClock - offset)
            if !candidates.contains(probed) { candidates.append(probed) }
        }
        let consistent = candidates.filter { zone.offset(atEpochSeconds: wallClock - $0) == $0 }
        if let largest = consistent.max() {
            // The largest offset gives the earliest instant: the first pass through an overlap.
            return wallClock - largest
        }
        // No offset fits, so the reading is in a gap; clocks jump forward, so the smaller
        // offset is the one in force before the jump.
        return wallClock - candidates.min()!
    }
}
