import Foundation

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
