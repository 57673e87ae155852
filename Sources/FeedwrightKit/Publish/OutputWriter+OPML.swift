import FeedAggregator
import FeedModel
import FeedWriter

extension OutputWriter {
    /// `output.opml`: the site's blogroll, the enabled sources read over http(s) (a local
    /// file's path means nothing to a reader, and may say too much about the server), titled
    /// with the feed's title. `htmlUrl` is the site a source's items in the published feed
    /// credit, when one of them does: known without fetching anything, and unchanged from
    /// build to build while those items are in the feed. No date is written, so an unchanged
    /// list keeps its bytes and is not rewritten.
    func opmlPage(_ feed: Feed) throws(FeedwrightError) -> RenderedFeeds.Page? {
        guard let name = settings.opmlFileName else { return nil }
        let listed = sources.filter { source in
            guard source.enabled, case .http = source.location else { return false }
            return true
        }
        let document = SourcesOPML.document(
            title: feed.title,
            sources: listed.map { ConfiguredSource(name: $0.name, url: $0.location.display, enabled: true) },
            siteURLs: Self.siteURLs(feed))
        do {
            let bytes = try document.xmlBytes()
            return RenderedFeeds.Page(target: settings.directory.appendingPathComponent(name), bytes: bytes)
        } catch {
            throw .io(path: name, message: "cannot write the OPML list: \(error)")
        }
    }

    /// Each source's site as the first of its items in the feed names it.
    private static func siteURLs(_ feed: Feed) -> [String: String] {
        var sites: [String: String] = [:]
        for entry in feed.entries {
            guard let origin = entry.origin, let site = origin.siteURL, sites[origin.name] == nil else {
                continue
            }
            sites[origin.name] = site
        }
        return sites
    }
}
