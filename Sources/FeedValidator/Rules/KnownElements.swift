/// The elements each well-known extension namespace defines. A name outside its
/// namespace's list is a typo or an invention (`itunes:catgory`, `dc:author`), which no
/// reader understands: the W3C validator reports it as `UndefinedElement`, and so do we.
/// Namespaces not listed here are open: any element in them is accepted (Media RSS
/// checks its own names, with where each may appear, in `MediaRules`; the geographic and
/// conversation modules theirs in `ExtensionRules+Geo` and `+Threading`).
enum KnownElements {
    static let byNamespace: [String: Set<String>] = [
        Namespace.dc: dublinCore,
        Namespace.dcterms: dublinCoreTerms,
        Namespace.content: ["encoded", "items", "item", "format", "encoding"],
        Namespace.itunes: iTunes,
        Namespace.wfw: ["comment", "commentRss", "commentRSS"],
    ]

    /// Dublin Core's fifteen elements (DCMES 1.1).
    static let dublinCore: Set<String> = [
        "title", "creator", "subject", "description", "publisher", "contributor", "date", "type", "format",
        "identifier", "source", "language", "relation", "coverage", "rights",
    ]

    /// The DCMI Metadata Terms properties (the `dcterms:` namespace).
    static let dublinCoreTerms: Set<String> = dublinCore.union([
        "abstract", "accessRights", "accrualMethod", "accrualPeriodicity", "accrualPolicy", "alternative",
        "audience", "available", "bibliographicCitation", "conformsTo", "created", "dateAccepted",
        "dateCopyrighted", "dateSubmitted", "educationLevel", "extent", "hasFormat", "hasPart", "hasVersion",
        "instructionalMethod", "isFormatOf", "isPartOf", "isReferencedBy", "isReplacedBy", "isRequiredBy",
        "issued", "isVersionOf", "license", "mediator", "medium", "modified", "provenance", "references",
        "replaces", "requires", "rightsHolder", "spatial", "tableOfContents", "temporal", "valid",
    ])

    /// Apple Podcasts' tags, current and retired (`link`, `order`, `new-feed-url` still
    /// appear in live feeds and are harmless).
    static let iTunes: Set<String> = [
        "applepodcastsverify", "author", "block", "category", "complete", "duration", "email", "episode",
        "episodeType", "explicit", "image", "isClosedCaptioned", "keywords", "link", "name", "new-feed-url",
        "order", "owner", "season", "subtitle", "summary", "title", "type",
    ]

    /// `UndefinedElement` for a name its namespace does not define.
    static func check(_ node: ElementNode, context: inout ValidationContext) {
        guard let known = byNamespace[node.namespaceURI], !known.contains(node.localName) else { return }
        context.report(.undefinedElement, node)
    }
}
