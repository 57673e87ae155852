import FeedAggregator
import FeedJSON
import FeedModel
import FeedParser
import FeedSite
import Foundation

/// Reads the archive back from the published JSON Feed pages, for a state database that
/// was lost or rebuilt while the pages stayed: without it, the next build would number
/// the archive from 1 again and overwrite closed pages with other items.
///
/// Pages are read from `archive/<json>-1.json` on until one is missing; each page lists
/// its items newest first. Partner items get their source back from the `_feedwright`
/// item extension. Anything unreadable ends the reading there: this is a fallback.
struct ArchiveRecovery {
    var output: OutputSettings

    /// The archived items, oldest first; empty when there is no first page.
    func entries() -> [Entry] {
        var entries: [Entry] = []
        var page = 1
        while let pageEntries = read(page: page) {
            entries += pageEntries.reversed()
            page += 1
        }
        return entries
    }

    private func read(page: Int) -> [Entry]? {
        let name = ArchivePaths.path(forPage: page, of: output.jsonFileName)
        let file = output.directory.appendingPathComponent(name, isDirectory: false)
        guard let data = try? Data(contentsOf: file), let parsed = try? Parser.parse(data),
            let items = PublishedItems.read(data)
        else { return nil }
        let origins = Self.origins(items)
        return parsed.feed.entries.map { entry in
            var entry = entry
            entry.origin = origins[entry.id] ?? entry.origin
            return entry
        }
    }

    private static func origins(_ items: [JSONObject]) -> [String: Origin] {
        var origins: [String: Origin] = [:]
        for item in items {
            guard let id = item["id"]?.string, let origin = item["_feedwright"]?.object,
                let name = origin["source_name"]?.string
            else { continue }
            origins[id] = Origin(
                name: name, feedURL: origin["source_feed_url"]?.string ?? "",
                siteURL: origin["source_home_page_url"]?.string)
        }
        return origins
    }
}
