import BenchmarkSupport
import FeedAggregator
import FeedModel
import FeedState
import FeedwrightKit
import Foundation

/// Fills a site's state with items that left its feed long ago, as years of builds with
/// `output.archive` would have, without running those builds.
enum ArchivedItems {
    /// Appends `count` archived items (a headline, a summary and a link each, dated an
    /// hour apart in 2020) to the state of `site`.
    static func add(_ count: Int, to site: BuildSite) throws {
        let config = try ConfigLoader.load(from: site.configFile)
        let store = try StateStore(path: config.state.path)
        let start = Date(timeIntervalSince1970: 1_577_836_800)
        var changes = StateChanges()
        changes.feedArchive = (1...count).map { position in
            let entry = Entry(
                id: "tag:bench.example.com,2025:archived/\(position)",
                title: "Archived headline number \(position)",
                links: [Link(href: "https://bench.example.com/archived/\(position)", rel: "alternate")],
                summary: .plain("What happened on the \(position)th hour, in one sentence."),
                published: start.addingTimeInterval(Double(position) * 3600))
            return FeedArchiveRow(
                position: position, entryID: entry.id, payload: EntryArchiveCoding.encode(entry))
        }
        try store.apply(changes)
    }
}
