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

extension Date {
    /// Keeps whole-second arithmetic far from `Int` overflow (about ±35 million years) while
    /// covering every date a feed can meaningfully carry.
    static let epochSecondsLimit = 1 << 50

    init(epochSeconds: Int) {
        self.init(timeIntervalSince1970: Double(epochSeconds))
    }

    /// Whole seconds since 1970, rounded toward the past so 1969-12-31T23:59:59.5Z stays in
    /// 1969; clamped because `Int(_:)` traps on infinities, NaN and huge values.
    var flooredEpochSeconds: Int {
        let seconds = timeIntervalSince1970.rounded(.down)
        guard seconds.isFinite else { return seconds < 0 ? -Self.epochSecondsLimit : Self.epochSecondsLimit }
        let limit = Double(Self.epochSecondsLimit)
        return Int(Swift.min(Swift.max(seconds, -limit), limit))
    }
}

extension TimeZone {
    /// The tz database offset at a whole-second instant; transitions fall on whole seconds, so
    /// flooring a `Date` first never changes the answer.
    func offset(atEpochSeconds seconds: Int) -> Int {
        secondsFromGMT(for: Date(epochSeconds: seconds))
    }

    /// The offset to print: RFC 822 and RFC 3339 can only write whole minutes, but local mean
    /// time offsets carry seconds (Moscow's was +2:30:17). Rounded half away from zero, so
    /// Amsterdam's +0:17:30 prints as +00:18.
    func printableOffset(atEpochSeconds seconds: Int) -> Int {
        let exact = offset(atEpochSeconds: seconds)
        let minutes = (abs(exact) + 30) / 60
        return exact < 0 ? -minutes * 60 : minutes * 60
    }
}
