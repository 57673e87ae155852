/// The format and version a document was recognised as.
public enum FeedSourceFormat: String, Sendable, Equatable, CaseIterable {
    /// Netscape's first RSS, RDF-based.
    case rss090 = "RSS 0.90"
    /// RSS 0.91 with Netscape's DTD.
    case rss091Netscape = "RSS 0.91 (Netscape)"
    /// RSS 0.91 as UserLand specified it, without a DTD.
    case rss091UserLand = "RSS 0.91 (UserLand)"
    /// RSS 0.92, which made every channel element optional and added enclosures.
    case rss092 = "RSS 0.92"
    /// RSS 0.93, a draft that was never finished.
    case rss093 = "RSS 0.93"
    /// RSS 0.94, a draft that was never finished.
    case rss094 = "RSS 0.94"
    /// RSS 1.0, RDF-based, with modules in namespaces.
    case rss10 = "RSS 1.0"
    /// RSS 2.0, the RSS most feeds are written in.
    case rss20 = "RSS 2.0"
    /// Atom 0.3, the draft before the standard, still published by old blogs.
    case atom03 = "Atom 0.3"
    /// Atom 1.0 (RFC 4287).
    case atom10 = "Atom 1.0"
    /// JSON Feed 1.0.
    case jsonFeed10 = "JSON Feed 1.0"
    /// JSON Feed 1.1.
    case jsonFeed11 = "JSON Feed 1.1"
}
