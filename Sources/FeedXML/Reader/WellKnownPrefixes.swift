/// The namespaces feed publishers mean by the prefixes they most often forget to declare
/// (`<content:encoded>`, `<dc:creator>` with no `xmlns:content`, `xmlns:dc`).
///
/// With recovery on, the reader binds an undeclared prefix found here to its URI, so the
/// element or attribute is matched as the publisher meant it, and reports it once per
/// prefix (``XMLReadDiagnostic/ReaderCode/undeclaredPrefix``, a warning: the document is
/// well-formed XML 1.0 and nothing is lost; the validator, which does not recover, still
/// reports the missing declaration as an error). A prefix not listed stays unbound, as the
/// Namespaces in XML recommendation leaves it: guessing it would be matching by prefix.
///
/// Each prefix is the one the namespace's own specification uses in its examples (the
/// conventional prefix other liberal readers, feedparser among them, also map).
enum WellKnownPrefixes {
    /// The namespace URI a well-known prefix stands for, or `nil`.
    static func namespaceURI(for prefix: String) -> String? { table[prefix] }

    static let table: [String: String] = [
        "admin": "http://webns.net/mvcb/",
        "ag": "http://purl.org/rss/1.0/modules/aggregation/",
        "annotate": "http://purl.org/rss/1.0/modules/annotate/",
        "atom": "http://www.w3.org/2005/Atom",
        "blogChannel": "http://backend.userland.com/blogChannelModule",
        "cc": "http://web.resource.org/cc/",
        "content": "http://purl.org/rss/1.0/modules/content/",
        "creativeCommons": "http://backend.userland.com/creativeCommonsRssModule",
        "dc": "http://purl.org/dc/elements/1.1/",
        "dcterms": "http://purl.org/dc/terms/",
        "feedburner": "http://rssnamespace.org/feedburner/ext/1.0",
        "foaf": "http://xmlns.com/foaf/0.1/",
        "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
        "georss": "http://www.georss.org/georss",
        "googleplay": "http://www.google.com/schemas/play-podcasts/1.0",
        "image": "http://purl.org/rss/1.0/modules/image/",
        "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
        "media": "http://search.yahoo.com/mrss/",
        "podcast": "https://podcastindex.org/namespace/1.0",
        "prism": "http://prismstandard.org/namespaces/basic/2.0/",
        "psc": "http://podlove.org/simple-chapters",
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "slash": "http://purl.org/rss/1.0/modules/slash/",
        "sy": "http://purl.org/rss/1.0/modules/syndication/",
        "taxo": "http://purl.org/rss/1.0/modules/taxonomy/",
        "thr": "http://purl.org/syndication/thread/1.0",
        "trackback": "http://madskills.com/public/xml/rss/module/trackback/",
        "wfw": "http://wellformedweb.org/CommentAPI/",
        "xhtml": "http://www.w3.org/1999/xhtml",
        "xlink": "http://www.w3.org/1999/xlink",
    ]
}
