/// Namespace URIs the decoders recognise. Elements are matched by URI, never by prefix.
enum Namespace {
    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let dcterms = "http://purl.org/dc/terms/"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let xhtml = "http://www.w3.org/1999/xhtml"
    static let slash = "http://purl.org/rss/1.0/modules/slash/"
    static let thread = "http://purl.org/syndication/thread/1.0"
    static let xml = "http://www.w3.org/XML/1998/namespace"
    /// Namespaces RSS 2.0 elements are found in: none, and the ones some publishers
    /// declare as default. (A function, not a Set: it runs for every element, and most
    /// URIs are empty.)
    static func isRSS2(_ uri: String) -> Bool {
        uri.isEmpty || uri == "http://backend.userland.com/rss2"
            || uri == "http://blogs.law.harvard.edu/tech/rss"
    }

    /// Atom 1.0, 0.3, the pre-1.0 drafts (`http://purl.org/atom/ns#draft-…`), and a
    /// `feed` root in no namespace at all.
    static func isAtom(_ uri: String) -> Bool {
        uri == atom10 || uri.hasPrefix(atom03) || uri.isEmpty
    }

    /// Media RSS, with the variants seen in the wild (missing trailing slash).
    static func isMedia(_ uri: String) -> Bool {
        uri == "http://search.yahoo.com/mrss/" || uri == "http://search.yahoo.com/mrss"
    }

    /// iTunes, whose URI publishers write in several cases and schemes.
    static func isITunes(_ uri: String) -> Bool {
        uri.lowercased().hasSuffix("www.itunes.com/dtds/podcast-1.0.dtd")
    }
}
