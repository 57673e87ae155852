/// The common extensions, checked wherever they appear: Dublin Core, `content:encoded`,
/// iTunes, Media RSS, syndication, wfw, and `atom:link` inside RSS here; the geographic
/// modules in `ExtensionRules+Geo.swift`, the conversation ones (slash, thr, trackback,
/// the RSS 1.0 link module) in `ExtensionRules+Threading.swift`.
enum ExtensionRules {
    static func check(_ node: ElementNode, parent: ElementNode?, context: inout ValidationContext) {
        checkPrefix(node, context: &context)
        KnownElements.check(node, context: &context)
        ITunesRules.checkSingletons(node, context: &context)
        if node.attributes.contains(where: { $0.namespaceURI == Namespace.thr }) {
            checkThreadAttributes(node, context: &context)
        }
        switch node.namespaceURI {
        case Namespace.dc, Namespace.dcterms: checkDublinCore(node, context: &context)
        case Namespace.content:
            if node.localName == "encoded" {
                context.checkHTML(node.text, node, hasBase: parent?.hasBase == true)
            }
        case Namespace.itunes: ITunesRules.check(node, parent: parent, context: &context)
        case Namespace.media: MediaRules.check(node, parent: parent, context: &context)
        case "http://search.yahoo.com/mrss": context.report(.mediaRssNamespace, node)
        case Namespace.sy: checkSyndication(node, context: &context)
        case Namespace.geo: checkGeo(node, context: &context)
        case Namespace.icbm, Namespace.geoURL: checkICBM(node, context: &context)
        case Namespace.georss: checkGeoRSS(node, context: &context)
        case Namespace.gml: checkGML(node, parent: parent, context: &context)
        case Namespace.wfw: checkCommentAPI(node, context: &context)
        case Namespace.slash: checkSlash(node, context: &context)
        case Namespace.thr: checkThread(node, context: &context)
        case Namespace.trackback: checkTrackback(node, context: &context)
        case Namespace.linkModule: checkLinkModule(node, context: &context)
        case Namespace.atom:
            if let parent, parent.namespaceURI != Namespace.atom {
                checkAtomInRSS(node, parent: parent, context: &context)
            }
        default: break
        }
    }

    /// `NonstdPrefix`: a well-known namespace under an unusual prefix, once per namespace.
    private static func checkPrefix(_ node: ElementNode, context: inout ValidationContext) {
        guard let preferred = Namespace.preferredPrefixes[node.namespaceURI], !node.prefix.isEmpty,
            node.prefix != preferred, context.reportedPrefixes.insert(node.namespaceURI).inserted
        else { return }
        context.report(.nonstdPrefix, node, value: preferred)
    }

    private static func checkSyndication(_ node: ElementNode, context: inout ValidationContext) {
        let value = node.trimmedText
        switch node.localName {
        case "updatePeriod":
            if !["hourly", "daily", "weekly", "monthly", "yearly"].contains(value) {
                context.report(.invalidUpdatePeriod, node, value: value)
            }
        case "updateFrequency":
            if (ValueCheck.integer(value) ?? 0) <= 0 {
                context.report(.invalidPositiveInteger, node, value: value)
            }
        case "updateBase": context.checkW3CDTF(node)
        default: context.report(.undefinedElement, node)
        }
    }

    private static func checkCommentAPI(_ node: ElementNode, context: inout ValidationContext) {
        switch node.localName {
        case "commentRSS": context.report(.commentRSS, node)
        case "comment", "commentRss": context.checkURL(node.trimmedText, node, full: true, iri: false)
        default: break
        }
    }

    /// `atom:link` in RSS: an href, and the self link's checks.
    private static func checkAtomInRSS(
        _ node: ElementNode, parent: ElementNode, context: inout ValidationContext
    ) {
        guard node.localName == "link" else { return }
        guard let href = node.attribute("href") else { return context.report(.missingHref, node) }
        context.checkURL(href, node, attribute: "href", full: false, iri: true)
        if let type = node.attribute("type"), !ValueCheck.isMIMEType(type) {
            context.report(.invalidMIMEAttribute, node, value: type, detail: "type")
        }
        if node.attribute("rel") == "self" { context.checkSelfLink(node, base: nil) }
    }
}
