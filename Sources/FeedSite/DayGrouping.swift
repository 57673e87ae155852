import FeedModel
import Foundation

/// The timeline's days: items in feed order, grouped by their local day in the feed's zone.
enum DayGrouping {
    /// `items[i]` is the view of `entries[i]`. A day's group keeps its items' order and sits
    /// where its first item was, so a newest-first feed gives newest-first days; a day is
    /// never split in two even if the feed is not sorted, which would repeat its HTML id.
    static func group(
        _ items: [ItemView], of entries: [Entry], in zone: TimeZone, language: SiteLanguage
    ) -> (days: [DayView], undated: [ItemView]) {
        var order: [String] = []
        var members: [String: [ItemView]] = [:]
        var labels: [String: LocalTime] = [:]
        var undated: [ItemView] = []
        for (item, entry) in zip(items, entries) {
            guard let date = entry.effectiveDate else {
                undated.append(item)
                continue
            }
            let local = LocalTime(date, in: zone)
            let key = local.isoDate
            if members[key] == nil {
                order.append(key)
                labels[key] = local
            }
            members[key, default: []].append(item)
        }
        let days = order.map { key in
            DayView(
                anchor: "day-\(key)", date: key, label: language.dayLabel(labels[key]!), items: members[key]!)
        }
        return (days, undated)
    }
}
