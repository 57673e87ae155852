public import FeedParser
public import Foundation

/// Tells whether a document is a feed by letting the parser sniff and read it: a page, an
/// error document or JSON that is no JSON Feed is refused there, so a common location
/// counts only when the parser would accept what it serves.
public enum FeedRecognizer {
    /// The feed `document` is, reported at `url`, or why it is none.
    public static func recognize(_ document: Data, url: String, via: DiscoveredFeed.Via) -> Result<
        DiscoveredFeed, FeedParseError
    > {
        // One entry is enough to know the format; the limit keeps a huge feed cheap.
        let options = ParseOptions(documentURL: url, maxEntries: 1)
        do {
            let parsed = try Parser.parse(document, options: options)
            let title = parsed.feed.title.isEmpty ? nil : parsed.feed.title
            return .success(
                DiscoveredFeed(url: url, type: mediaType(of: parsed.format), title: title, via: via))
        } catch {
            return .failure(error)
        }
    }

    /// The media type a page would announce a feed of this format with.
    static func mediaType(of format: FeedSourceFormat) -> String {
        switch format {
        case .rss090, .rss10: "application/rdf+xml"
        case .rss091Netscape, .rss091UserLand, .rss092, .rss093, .rss094, .rss20: "application/rss+xml"
        case .atom03, .atom10: "application/atom+xml"
        case .jsonFeed10, .jsonFeed11: "application/feed+json"
        }
    }
}
