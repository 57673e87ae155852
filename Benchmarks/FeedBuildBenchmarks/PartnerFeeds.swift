import BenchmarkSupport
import FeedModel
import FeedWriter
import Foundation

/// The partner feeds the build benchmark serves: the synthetic corpus cut into one RSS
/// feed per source, each repeating some of its neighbour's stories a few minutes later,
/// so that the merge has duplicates to drop.
enum PartnerFeeds {
    /// Path on the server → RSS document.
    static func make(sources: Int, itemsPerSource: Int) -> [String: [UInt8]] {
        let corpus = SyntheticFeed.make(itemCount: sources * itemsPerSource)
        let context = WriteContext(timeZone: TimeZone(identifier: "Europe/Moscow")!)
        var documents: [String: [UInt8]] = [:]
        for source in 0..<sources {
            let slice = corpus.entries[(source * itemsPerSource)..<((source + 1) * itemsPerSource)]
            var feed = corpus
            feed.id = "https://partner\(source).example.net/"
            feed.title = "Partner \(source)"
            feed.links = [Link(href: "https://partner\(source).example.net/")]
            feed.entries = slice.enumerated().map { offset, entry in
                repeatingNeighbour(
                    entry, offset: offset, source: source, corpus: corpus, stride: itemsPerSource)
            }
            documents[path(source)] = try! FeedRenderer.render(feed, as: .rss, context: context)
        }
        return documents
    }

    static func path(_ source: Int) -> String { "/feeds/\(source).xml" }

    /// Every fifth item after the first source retells a story of the source before it.
    private static func repeatingNeighbour(
        _ entry: Entry, offset: Int, source: Int, corpus: Feed, stride: Int
    ) -> Entry {
        guard source > 0, offset.isMultiple(of: 5) else { return entry }
        let original = corpus.entries[(source - 1) * stride + offset]
        var copy = entry
        copy.title = original.title
        copy.published = original.published?.addingTimeInterval(300)
        copy.updated = copy.published
        return copy
    }
}
