import FeedFormats

extension RSSDecoder {
    mutating func item(_ node: XMLNode) -> RSSItem {
        var item = RSSItem(about: node.attribute("about", namespaceURI: Namespace.rdf))
        item.base = node.base
        for child in node.elements {
            itemElement(child, into: &item)
        }
        return item
    }

    private mutating func itemElement(_ node: XMLNode, into item: inout RSSItem) {
        if isCore(node) {
            coreItemElement(node, into: &item)
        } else if node.is("encoded", in: Namespace.content) {
            item.contentEncoded = node.hasElementChildren ? node.innerMarkup : node.text
        } else if node.is("body", in: Namespace.xhtml) {
            item.xhtmlBody = node.innerMarkup
        } else if node.namespaceURI == Namespace.atom10 {
            atomElement(node, into: &item)
        } else if node.is("comments", in: Namespace.slash) {
            item.slashComments = node.text.trimmed
        } else if node.is("in-reply-to", in: Namespace.thread), let ref = node.attribute("ref") {
            item.inReplyTo.append(
                ThreadReference(ref: ref, href: node.attribute("href"), type: node.attribute("type")))
        } else if !moduleElement(node, into: &item), !node.namespaceURI.isEmpty {
            item.foreignElements.append(ExtensionElements.foreign(node))
        }
    }

    /// Dublin Core, iTunes or Media RSS; false when `node` is in none of them.
    private func moduleElement(_ node: XMLNode, into item: inout RSSItem) -> Bool {
        ExtensionElements.dublinCore(node, into: &item.dublinCore)
            || ExtensionElements.itunes(node, into: &item.itunes)
            || ExtensionElements.media(node, into: &item.media)
    }

    /// Atom 1.0 elements inside an RSS item: links, and the author and dates .NET writes.
    private func atomElement(_ node: XMLNode, into item: inout RSSItem) {
        switch node.localName {
        case "link": item.atomLinks.append(ExtensionElements.atomLink(node))
        case "author": item.atomAuthors.append(ExtensionElements.atomPerson(node))
        case "updated": item.atomUpdated = node.text
        case "published": item.atomPublished = node.text
        default: item.foreignElements.append(ExtensionElements.foreign(node))
        }
    }

    private mutating func coreItemElement(_ node: XMLNode, into item: inout RSSItem) {
        let text = node.text
        switch node.localName {
        case "title": item.title = text
        case "link": item.link = text
        // Raw, unescaped HTML in a description is markup to keep, not text to drop.
        case "description": item.description = node.hasElementChildren ? node.innerMarkup : text
        case "author": item.author = text
        case "category": item.categories.append(RSSCategory(text, domain: node.attribute("domain")))
        case "comments": item.comments = text
        case "enclosure": enclosure(node).map { item.enclosures.append($0) }
        case "guid": item.guid = guid(node)
        case "pubDate": item.pubDate = text
        case "source": item.source = RSSSource(url: node.attribute("url") ?? "", name: text)
        default: break
        }
    }

    private mutating func enclosure(_ node: XMLNode) -> RSSEnclosure? {
        guard let url = node.attribute("url") else {
            note(.missingValue, "enclosure without url; ignored", node)
            return nil
        }
        let lengthText = node.attribute("length")?.trimmed ?? ""
        let length = Int64(lengthText)
        if length == nil && !lengthText.isEmpty {
            note(
                .invalidNumber, "enclosure length \"\(lengthText)\" is not a number of bytes; left out", node)
        }
        return RSSEnclosure(
            url: url, length: length ?? 0, type: node.attribute("type") ?? "application/octet-stream")
    }

    /// `isPermaLink` defaults to true (RSS 2.0); "false", "0" and "no" turn it off.
    private func guid(_ node: XMLNode) -> RSSGuid {
        let flag = node.attribute("isPermaLink")?.trimmed.lowercased()
        return RSSGuid(node.text, isPermaLink: !["false", "0", "no"].contains(flag ?? "true"))
    }
}
