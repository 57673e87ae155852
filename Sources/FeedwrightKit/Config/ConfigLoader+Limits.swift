import FeedAggregator
import FeedDates
import Foundation

/// The `limits` section: what a partner item may carry before the gate repairs it.
extension ConfigLoader {
    static let limitsKeys = ["futureDates", "earliestDate", "titleLength", "summaryLength", "contentLength"]

    static func limits(_ top: ConfigObject) throws(ConfigIssue) -> ItemLimits {
        let defaults = ItemLimits()
        guard let object = try top.object("limits", keys: limitsKeys) else { return defaults }
        return ItemLimits(
            futureAllowance: try duration(object, "futureDates") ?? defaults.futureAllowance,
            earliestDate: try earliestDate(object) ?? defaults.earliestDate,
            titleLength: try positive(object, "titleLength") ?? defaults.titleLength,
            summaryLength: try positive(object, "summaryLength") ?? defaults.summaryLength,
            contentLength: try positive(object, "contentLength") ?? defaults.contentLength)
    }

    /// A day (`"1995-01-01"`, midnight UTC) or an RFC 3339 date-time.
    private static func earliestDate(_ object: ConfigObject) throws(ConfigIssue) -> Date? {
        guard let text = try object.string("earliestDate") else { return nil }
        let isDay =
            text.utf8.count == 10
            && text.utf8.allSatisfy { $0 == UInt8(ascii: "-") || (0x30...0x39).contains($0) }
        guard let date = RFC3339.parse(isDay ? text + "T00:00:00Z" : text) else {
            throw .invalid(
                object.keyPath("earliestDate"),
                expected:
                    "a day such as \"1995-01-01\" or an RFC 3339 date-time such as \"1995-01-01T00:00:00Z\"",
                found: text)
        }
        return date
    }
}
