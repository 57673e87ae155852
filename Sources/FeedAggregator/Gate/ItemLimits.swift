public import Foundation

/// What a partner item may carry into our feeds (`limits` in config.json). Past these,
/// the partner-item gate repairs the item and says so; it never drops a story for them.
public struct ItemLimits: Sendable, Equatable {
    /// 1995-01-01T00:00:00Z: no web feed is older, so an earlier date is a broken one.
    public static let defaultEarliestDate = Date(timeIntervalSince1970: 788_918_400)

    /// How far past the build's clock a date may lie (clock skew, zones misread).
    public var futureAllowance: TimeInterval
    /// Dates before this are treated as absent.
    public var earliestDate: Date
    /// The most characters (grapheme clusters) a title keeps; the cut ends with "…".
    public var titleLength: Int
    /// The most characters a summary keeps.
    public var summaryLength: Int
    /// The most characters an item's body keeps.
    public var contentLength: Int

    /// Limits with the config file's defaults for what is not given.
    public init(
        futureAllowance: TimeInterval = 86_400, earliestDate: Date = ItemLimits.defaultEarliestDate,
        titleLength: Int = 1_000, summaryLength: Int = 20_000, contentLength: Int = 500_000
    ) {
        self.futureAllowance = futureAllowance
        self.earliestDate = earliestDate
        self.titleLength = titleLength
        self.summaryLength = summaryLength
        self.contentLength = contentLength
    }

    /// Whether `date` can be an item's date in a build running at `now`.
    public func isPlausible(_ date: Date, now: Date) -> Bool {
        date >= earliestDate && date <= now.addingTimeInterval(futureAllowance)
    }
}
