import FeedAggregator
import FeedDates
import Foundation

/// Reads the item dates of the JSON Feed we published on an earlier run.
///
/// Only our own output is read here, and only `id` and `date_published`; anything
/// unreadable simply yields no dates, because this is a fallback, not a source of truth.
enum PublishedFeedDates {
    static func read(from file: URL) -> [String: Date] {
        guard let data = try? Data(contentsOf: file), let items = PublishedItems.read(data) else {
            return [:]
        }
        var dates: [String: Date] = [:]
        for item in items {
            guard let id = item["id"]?.string, let text = item["date_published"]?.string,
                let date = RFC3339.parse(text)
            else { continue }
            dates[id] = date
        }
        return dates
    }
}
