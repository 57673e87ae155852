import FeedDates
import FeedModel
import FeedParser
import FeedTestSupport
import Foundation

/// The bundled demo site: its seed headlines and the two partner feeds in `partners/`.
enum DemoData {
    static let root = Fixtures.sourceDirectory().appendingPathComponent("../../..").standardizedFileURL
    static let seed = root.appendingPathComponent("seeds/000_b01014d3eaefd666.txt")
    static let moscow = TimeZone(identifier: "Europe/Moscow")!

    /// The partner feeds, in the order the demo configures them.
    static let partners: [(file: String, origin: Origin)] = [
        ("wire-rss-cp1251.xml", Origin(name: "wire", feedURL: "partners/wire-rss-cp1251.xml")),
        ("agency-atom-utc.xml", Origin(name: "agency", feedURL: "partners/agency-atom-utc.xml")),
    ]

    /// The seed's dated headlines as the site's own entries, read in Moscow time, with
    /// ids `seed:<line>`.
    static func seedHeadlines() throws -> [Entry] {
        let text = try String(contentsOf: seed, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap {
            offset, line in
            guard let (time, title) = DottedDateTime.parsePrefix(line) else { return nil }
            return Entry(
                id: "seed:\(offset + 1)", title: String(title),
                published: time.instant(in: moscow))
        }
    }

    /// Every entry of both partner feeds, parsed as the aggregator parses them, with its
    /// origin set.
    static func partnerEntries() throws -> [Entry] {
        try partners.flatMap { partner in
            let data = try Data(contentsOf: root.appendingPathComponent("partners/\(partner.file)"))
            let parsed = try Parser.parse(data, options: ParseOptions(defaultTimeZone: moscow))
            return parsed.feed.entries.map { entry in
                var entry = entry
                entry.origin = partner.origin
                return entry
            }
        }
    }
}
