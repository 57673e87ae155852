extension AtomRules {
    /// Link relations registered with IANA (and RFC 4287's five).
    static let registeredRels: Set<String> = [
        "alternate", "related", "self", "enclosure", "via", "first", "last", "previous", "prev", "next",
        "next-archive", "prev-archive", "current", "replies", "edit", "edit-media", "service", "hub",
        "search",
        "license", "payment", "up", "icon", "describedby", "canonical", "author", "license", "preview",
    ]

    /// `type` is text, html or xhtml; xhtml needs its `div`; HTML is checked for scripts.
    func checkTextConstruct(_ node: ElementNode, context: inout ValidationContext) {
        let type = node.attribute("type") ?? "text"
        if type == "text" || type == "html" { Self.checkMarkupChildren(node, context: &context) }
        switch type {
        case "text":
            if node.localName != "content" || node.attribute("type") == nil {
                context.checkPlainText(node, code: .containsUndeclaredHTML)
            }
        case "html": context.checkHTML(node.text, node, hasBase: node.hasBase)
        case "xhtml": checkXHTML(node, context: &context)
        default:
            if node.localName != "content" { context.report(.invalidTextType, node, value: type) }
        }
    }

    private func checkXHTML(_ node: ElementNode, context: inout ValidationContext) {
        let divs = node.children("div", Namespace.xhtml)
        if divs.count != 1 || node.children.count != 1 || !node.trimmedText.isEmpty {
            return context.report(.missingXhtmlDiv, node)
        }
        var pending = divs
        while let element = pending.popLast() {
            if HTMLCheck.riskyElements.contains(element.localName.lowercased()) {
                context.report(.securityRisk, node, value: element.localName)
            }
            for attribute in element.attributes where attribute.localName.lowercased().hasPrefix("on") {
                context.report(.securityRiskAttr, node, value: attribute.localName)
            }
            pending.append(contentsOf: element.children)
        }
    }

    func checkPerson(_ person: ElementNode, context: inout ValidationContext) {
        context.checkNoText(person)
        if !person.has("name", Namespace.atom) { context.report(.missingElement, person, child: "name") }
        context.checkDuplicates(person, ["name", "email", "uri"], namespaceURI: Namespace.atom)
        if let email = person.child("email", Namespace.atom), !ValueCheck.isEmail(email.trimmedText) {
            context.report(.invalidAddrSpec, email, value: email.trimmedText)
        }
        if let uri = person.child("uri", Namespace.atom) {
            context.checkURL(uri.trimmedText, uri, full: false, iri: true)
        }
    }

    func checkLink(_ link: ElementNode, context: inout ValidationContext) {
        guard let written = link.attribute("href") else { return context.report(.missingHref, link) }
        let href = context.checkNoSurroundingWhitespace(written, attribute: "href", of: link)
        context.checkURL(href.isEmpty ? written : href, link, attribute: "href", full: false, iri: true)
        if !link.trimmedText.isEmpty || !link.children.isEmpty { context.report(.atomLinkNotEmpty, link) }
        let rel = link.attribute("rel") ?? "alternate"
        if !Self.registeredRels.contains(rel) && URLCheck.scheme(of: rel) == nil {
            context.report(.unregisteredAtomLinkRel, link, value: rel)
        }
        if let type = link.attribute("type"), !ValueCheck.isMIMEType(type) {
            context.report(.invalidMIMEAttribute, link, value: type, detail: "type")
        }
        if let language = link.attribute("hreflang"), !ValueCheck.isLanguage(language) {
            context.report(.invalidLanguage, link, value: language)
        }
        if let length = link.attribute("length"), (ValueCheck.integer(length) ?? -1) < 0 {
            context.report(.invalidIntegerAttribute, link, value: length, detail: "length")
        }
    }

    /// Links as a set: duplicate alternates, and the feed's self link.
    func checkLinks(_ node: ElementNode, isFeed: Bool, context: inout ValidationContext) {
        let links = node.children("link", Namespace.atom)
        Self.checkAlternates(node, context: &context)
        guard isFeed else { return }
        guard let selfLink = links.first(where: { $0.attribute("rel") == "self" }) else {
            return context.report(.missingSelf, node)
        }
        context.checkSelfLink(selfLink, base: node.attribute("base", namespaceURI: Namespace.xml))
    }

    func checkCategory(_ category: ElementNode, context: inout ValidationContext) {
        if category.attribute("term") == nil { context.report(.missingAttribute, category, value: "term") }
        Self.checkCategoryScheme(category, context: &context)
    }

    /// `atom:id` is an absolute IRI; `urn:uuid:` and `tag:` ids have a grammar of their own.
    /// The rules live in ``AtomIDCheck``, which publishers use to vet ids before writing.
    func checkID(_ id: ElementNode, context: inout ValidationContext) {
        let value = id.trimmedText
        for code in AtomIDCheck.findings(value) {
            if code == .notBlank {
                context.report(code, id)
            } else {
                context.report(code, id, value: value)
            }
        }
    }
}

extension ValidationContext {
    /// The self link (Atom's `link`, RSS's `atom:link`) is absolute and, when the document's
    /// URL is known, points at it.
    mutating func checkSelfLink(_ link: ElementNode, base: String?) {
        guard let href = link.attribute("href") else { return }
        if URLCheck.scheme(of: href) == nil && base == nil {
            return report(.relativeSelf, link, value: href)
        }
        if let documentURL, URLCheck.scheme(of: documentURL) != nil, href != documentURL {
            report(.selfDoesntMatchLocation, link, value: href)
        }
    }
}
