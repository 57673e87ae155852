import Foundation

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
