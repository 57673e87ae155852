import FeedJSON
internal import Foundation

/// Looks up `feed.timeZone` values in the tz database.
enum ConfigTimeZone {
    /// The zone named by the IANA identifier `identifier`, or `nil`.
    ///
    /// Only tz database names are accepted: `Area/Location` identifiers (including
    /// `Etc/GMT-3` and backward links such as `US/Eastern`), `UTC` and `GMT`. Foundation
    /// also understands abbreviations and `GMT+3`, but those are fixed offsets, which would
    /// silently ignore daylight-saving history, so they are refused.
    static func zone(named identifier: String) -> TimeZone? {
        let isIANAForm =
            identifier.contains("/") || identifier == "UTC" || identifier == "GMT"
            || TimeZone.knownTimeZoneIdentifiers.contains(identifier)
        guard isIANAForm, isSafePath(identifier), let zone = TimeZone(identifier: identifier) else {
            return nil
        }
        return zone
    }

    /// Identifiers name files under the tz directory, so only letters, digits, `_+-` and
    /// non-empty `/`-separated components other than `.` and `..` are allowed.
    private static func isSafePath(_ identifier: String) -> Bool {
        identifier.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { component in
            !component.isEmpty && component != "." && component != ".."
                && component.utf8.allSatisfy {
                    JSONText.isASCIILetterOrDigit($0) || "_+-".utf8.contains($0)
                }
        }
    }

    /// A known `Area/Location` identifier close to the misspelt `identifier`, if any.
    /// Abbreviations are never suggested: `MSK` is two edits from `MST`, a different zone.
    static func suggestion(for identifier: String) -> String? {
        let candidates = TimeZone.knownTimeZoneIdentifiers.filter { $0.contains("/") }
        return ConfigEditDistance.suggestion(for: identifier, among: candidates)
    }
}
