/// The format and version a document was recognised as.
public enum FeedSourceFormat: String, Sendable, Equatable, CaseIterable {
    case rss090 = "RSS 0.90"
    case rss091Netscape = "RSS 0.91 (Netscape)"
    case rss091UserLand = "RSS 0.91 (UserLand)"
    case rss092 = "RSS 0.92"
    case rss093 = "RSS 0.93"
    case rss094 = "RSS 0.94"
    case rss10 = "RSS 1.0"
    case rss20 = "RSS 2.0"
    case atom03 = "Atom 0.3"
    case atom10 = "Atom 1.0"
    case jsonFeed10 = "JSON Feed 1.0"
    case jsonFeed11 = "JSON Feed 1.1"
}
