import FeedDates
import Foundation

/// Reads the item dates of the JSON Feed we published on an earlier run.
///
/// Only our own output is read here, and only `id` and `date_published`; anything
/// unreadable simply yields no dates, because this is a fallback, not a source of truth.
enum PublishedFeedDates {
    static func read(from file: URL) -> [String: Date] {
        guard let data = try? Data(contentsOf: file),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let items = object["items"] as? [[String: Any]]
        else { return [:] }
        var dates: [String: Date] = [:]
        for item in items {
            guard let id = item["id"] as? String, let text = item["date_published"] as? String,
                let date = RFC3339.parse(text)
            else { continue }
            dates[id] = date
        }
        return dates
    }
}
