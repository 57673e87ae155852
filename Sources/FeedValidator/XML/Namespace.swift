/// Namespace URIs the rules match elements by (never by prefix), with the prefix each
/// is conventionally written with.
enum Namespace {
    static let atom = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    /// The namespaces of the drafts before Atom 0.3 (Echo, Necho, Pie, Atom 0.1 and 0.2),
    /// which some old generators still write.
    static let atomDrafts: Set<String> = [
        "http://example.com/newformat#", "http://example.com/necho", "http://purl.org/echo/",
        "http://purl.org/pie/", "uri/of/echo/namespace#",
    ]
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let dcterms = "http://purl.org/dc/terms/"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd"
    static let media = "http://search.yahoo.com/mrss/"
    static let sy = "http://purl.org/rss/1.0/modules/syndication/"
    static let geo = "http://www.w3.org/2003/01/geo/wgs84_pos#"
    static let wfw = "http://wellformedweb.org/CommentAPI/"
    static let slash = "http://purl.org/rss/1.0/modules/slash/"
    static let georss = "http://www.georss.org/georss"
    static let gml = "http://www.opengis.net/gml"
    static let icbm = "http://postneo.com/icbm"
    static let geoURL = "http://geourl.org/rss/module/"
    static let thr = "http://purl.org/syndication/thread/1.0"
    static let trackback = "http://madskills.com/public/xml/rss/module/trackback/"
    /// The RSS 1.0 link module (`l:permalink`, `l:link`).
    static let linkModule = "http://purl.org/rss/1.0/modules/link/"
    static let xhtml = "http://www.w3.org/1999/xhtml"
    static let xml = "http://www.w3.org/XML/1998/namespace"

    /// The prefix the specifications and the W3C validator expect for each namespace.
    static let preferredPrefixes: [String: String] = [
        dc: "dc", dcterms: "dcterms", content: "content", itunes: "itunes", media: "media", sy: "sy",
        geo: "geo", wfw: "wfw", slash: "slash",
    ]
}
