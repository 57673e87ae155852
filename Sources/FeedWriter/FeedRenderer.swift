import FeedFormats
public import FeedModel
public import FeedXML

/// Model → per-format tree → bytes, for each format Feedwright writes.
public enum FeedRenderer {
    /// The bytes of `feed` in `format`. The same feed and context give the same bytes.
    public static func render(
        _ feed: Feed, as format: FeedFormat, context: WriteContext
    ) throws(XMLWriterError) -> [UInt8] {
        var feed = feed
        feed.entries = EntryIDs.unique(feed.entries)
        return switch format {
        case .rss: try RSSChannel(feed: feed, context: context).xmlBytes()
        case .atom: try AtomFeed(feed: feed, context: context).xmlBytes()
        case .json: JSONFeed(feed: feed, context: context).jsonBytes()
        }
    }
}
