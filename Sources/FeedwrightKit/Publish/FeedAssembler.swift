import FeedModel
import Foundation

/// Builds the published feed from its entries: order, limit, and the feed-level fields.
struct FeedAssembler {
    var settings: FeedSettings
    var title: String

    func feed(from entries: [Entry]) -> Feed {
        let kept = Array(FeedAssembler.newestFirst(entries).prefix(settings.maxItems))
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
        entries.sorted(by: Entry.newestFirst)
    }

    /// The feed changes when its content does: its date is that of its latest entry
    /// change, never the clock's.
    static func latestChange(_ entries: [Entry]) -> Date? {
        entries.compactMap { $0.updated ?? $0.published }.max()
    }
}
