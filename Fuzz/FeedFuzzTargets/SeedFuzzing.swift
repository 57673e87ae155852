import FeedModel
import FeedParser
import FeedSeed
import FeedWriter
import Foundation

/// Reads any bytes as a seed page, imports it and renders the entries in every format:
/// a page the importer accepts must never give a feed we cannot read back.
enum SeedFuzzing {
    static func run(_ input: Data) {
        guard let page = try? SeedParser.parse([UInt8](input), file: "seeds/fuzz.txt") else { return }
        let importer = SeedImporter(
            timeZone: TimeZone(identifier: "Europe/Moscow")!, tagAuthority: "news.example,2026")
        let feed = Feed(
            id: "https://news.example/", title: page.blockTitle,
            links: [Link(href: "https://news.example/", rel: "alternate")],
            entries: importer.entries(from: page))
        let context = WriteContext(timeZone: TimeZone(identifier: "Europe/Moscow")!)
        for format in FeedFormat.allCases {
            // `build` removes characters XML cannot carry before writing; a writer that
            // refuses them is doing its job.
            guard let bytes = try? FeedRenderer.render(feed, as: format, context: context) else { continue }
            guard let reread = try? Parser.parse(Data(bytes)) else {
                broken("seed rendered as \(format.rawValue) is unreadable")
            }
            invariant(reread.isWellFormed, "seed rendered as \(format.rawValue) is not well-formed")
            invariant(reread.feed.entries.count == feed.entries.count, "seed \(format.rawValue) lost entries")
        }
    }
}
