import FeedAggregator
import FeedJSON
import Foundation

/// What the last build published that a sources list can use without fetching anything:
/// the feed's title (which, without `feed.title`, comes from the seed pages) and each
/// source's site, since every partner item of our own JSON Feed names its source and that
/// source's home page (`_feedwright`). Missing, unreadable or oversized output gives
/// nothing: both are optional in OPML.
struct PublishedSites {
    /// Our own feed, read whole; a file larger than this is not read.
    static let maxBytes = 64 << 20

    /// The published feed's title.
    var title: String?
    /// Source name → site.
    var sites: [String: String] = [:]

    /// Reads `config`'s published JSON Feed, keeping the sites of the sources the config
    /// still names (the name is also the key a source's state is kept under).
    init(_ config: FeedwrightConfig) {
        let file = config.output.directory.appendingPathComponent(config.output.jsonFileName)
        guard let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size]) as? Int,
            size <= Self.maxBytes, let data = FileManager.default.contents(atPath: file.path),
            let items = PublishedItems.read(data)
        else { return }
        title =
            data.withUnsafeBytes { try? JSONSyntax.read($0, mode: .lenient) }?.value.object?["title"]?.string
        let names = Set(config.sources.map(\.name))
        for item in items {
            guard let origin = item["_feedwright"]?.object, let name = origin["source_name"]?.string,
                sites[name] == nil, names.contains(name),
                let site = origin["source_home_page_url"]?.string, ConfigFormat.isHTTPURL(site)
            else { continue }
            sites[name] = site
        }
    }
}
