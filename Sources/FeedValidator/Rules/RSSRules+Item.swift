extension RSSRules {
    static let itemSingletons = [
        "title", "link", "description", "author", "comments", "guid", "pubDate", "source",
    ]

    func checkItem(_ item: ElementNode, inChannel: Bool, context: inout ValidationContext) {
        context.checkNoText(item)
        if !item.has("title", "") && !item.has("description", "") {
            context.report(.itemMustContainTitleOrDescription, item)
        }
        context.checkDuplicates(item, Self.itemSingletons, namespaceURI: "")
        let enclosures = item.children("enclosure", "")
        if enclosures.count > 1 { context.report(.duplicateEnclosure, enclosures[1]) }
        if version == .v20 && !item.has("guid", "") { context.report(.missingGuid, item, child: "guid") }
        if version == .v20 && item.has("encoded", Namespace.content) && !item.has("description", "") {
            context.report(.needDescriptionBeforeContent, item)
        }
        checkSemantics(
            item,
            pairs: [
                ("author", Namespace.dc, "dc:creator"), ("pubDate", Namespace.dc, "dc:date"),
                ("category", Namespace.dc, "dc:subject"),
            ],
            code: .duplicateItemSemantics, context: &context)
        for child in item.children where child.namespaceURI.isEmpty {
            checkItemChild(child, item: item, context: &context)
        }
    }

    private func checkItemChild(_ child: ElementNode, item: ElementNode, context: inout ValidationContext) {
        let value = child.trimmedText
        switch child.localName {
        case "title":
            if value.isEmpty { context.report(.notBlank, child) }
            context.checkPlainText(child)
        case "link", "comments": context.checkURL(value, child, full: true, iri: false)
        case "description": context.checkHTML(child.text, child, hasBase: item.hasBase)
        case "author": checkContact(child, context: &context)
        case "pubDate": context.checkRFC822(child)
        case "guid": checkGuid(child, context: &context)
        case "enclosure": checkEnclosure(child, context: &context)
        case "source":
            if let url = child.attribute("url") {
                context.checkURL(url, child, attribute: "url", full: true, iri: false)
            } else {
                context.report(.missingAttribute, child, value: "url")
            }
        default: break
        }
    }

    /// A guid is a permalink unless `isPermaLink="false"`: then it must be a URL a browser
    /// opens, which a blank value, a relative one, a `tag:` URI or a URN is not.
    private func checkGuid(_ guid: ElementNode, context: inout ValidationContext) {
        let value = guid.trimmedText
        var isPermaLink = true
        if let flag = guid.attribute("isPermaLink") {
            switch flag {
            case "true": isPermaLink = true
            case "false": isPermaLink = false
            default: context.report(.invalidBooleanAttribute, guid, value: flag, detail: "isPermaLink")
            }
        }
        if value.isEmpty { context.report(.notBlank, guid) }
        if isPermaLink && !Self.isLocator(value) { context.report(.invalidPermalink, guid, value: value) }
        if !value.isEmpty { context.noteID(value, guid, duplicate: .duplicateValue) }
    }

    /// A full URL in a scheme that locates something (not a `tag:` URI or a URN).
    static func isLocator(_ value: String) -> Bool {
        guard let scheme = URLCheck.scheme(of: value), scheme != "tag", scheme != "urn" else { return false }
        return URLCheck.check(value, full: true, iri: true) == nil
    }

    private func checkEnclosure(_ enclosure: ElementNode, context: inout ValidationContext) {
        if let url = enclosure.attribute("url") {
            context.checkURL(url, enclosure, attribute: "url", full: true, iri: false)
        } else {
            context.report(.missingAttribute, enclosure, value: "url")
        }
        if let length = enclosure.attribute("length") {
            if let number = ValueCheck.integer(length) {
                if number < 0 {
                    context.report(.useZeroForUnknown, enclosure, value: length, detail: "length")
                }
            } else if length.trimmingSpaces.isEmpty {
                context.report(.useZeroForUnknown, enclosure, value: length, detail: "length")
            } else {
                context.report(.invalidIntegerAttribute, enclosure, value: length, detail: "length")
            }
        } else {
            context.report(.missingAttribute, enclosure, value: "length")
        }
        if let type = enclosure.attribute("type") {
            if !ValueCheck.isMIMEType(type) {
                context.report(.invalidMIMEAttribute, enclosure, value: type, detail: "type")
            }
        } else {
            context.report(.missingAttribute, enclosure, value: "type")
        }
    }
}

extension ElementNode {
    /// Whether the element sets `xml:base`, against which relative references resolve.
    var hasBase: Bool { attribute("base", namespaceURI: Namespace.xml) != nil }
}
