import FeedModel
import Foundation

/// Builds the published feed from its entries: order, limit, and the feed-level fields.
struct FeedAssembler {
    var settings: FeedSettings
    var title: String

    func feed(from entries: [Entry]) -> Feed {
        let kept = FeedAssembler.newest(settings.maxItems, of: entries)
        return Feed(
            id: "tag:\(settings.tagAuthority):feed",
            title: title,
            subtitle: settings.description ?? title,
            links: [Link(href: settings.link, rel: "alternate", type: "text/html")],
            language: settings.language,
            authors: settings.author.map { [$0] } ?? [],
            generator: nil,
            updated: FeedAssembler.latestChange(kept),
            entries: kept
        )
    }

    /// Newest first; equal instants are ordered by ID so the order never depends on input
    /// order or on the sort algorithm.
    static func newestFirst(_ entries: [Entry]) -> [Entry] {
        newest(entries.count, of: entries)
    }

    /// The `count` newest entries, newest first. Sorts small keys rather than the entries,
    /// and only as many as are kept: a merge of a thousand partner feeds hands over tens of
    /// thousands of entries, and moving each one around costs more than the comparison.
    static func newest(_ count: Int, of entries: [Entry]) -> [Entry] {
        let keys = entries.indices.map { index in
            SortKey(date: entries[index].effectiveDate ?? .distantPast, id: entries[index].id, index: index)
        }
        let chosen =
            count < keys.count / 4
            ? PartialSort.smallest(count, of: keys) : Array(keys.sorted().prefix(count))
        return chosen.map { entries[$0.index] }
    }

    /// Newest first, ties by ID, so that the order never depends on input order.
    struct SortKey: Comparable {
        var date: Date
        var id: String
        var index: Int

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            lhs.date != rhs.date ? lhs.date > rhs.date : lhs.id < rhs.id
        }

        static func == (lhs: SortKey, rhs: SortKey) -> Bool {
            lhs.date == rhs.date && lhs.id == rhs.id
        }
    }

    /// The feed changes when its content does: its date is that of its latest entry
    /// change, never the clock's.
    static func latestChange(_ entries: [Entry]) -> Date? {
        entries.compactMap { $0.updated ?? $0.published }.max()
    }
}
