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
            if node.hasElementChildren, Self.textOnlyItemElements.contains(node.localName) {
                for child in node.elements where isSwallowedItemElement(child) {
                    itemElement(child, into: &item)
                }
            }
        } else if node.is("encoded", in: Namespace.content) {
            guard item.contentEncoded?.isBlank ?? true else { return }
            item.contentEncoded = node.hasElementChildren ? node.htmlInnerMarkup : node.text
            item.contentEncodedBase = ownBase(node, within: item)
        } else if node.is("body", in: Namespace.xhtml) {
            item.xhtmlBody = node.innerMarkup
        } else if node.namespaceURI == Namespace.atom10 {
            atomElement(node, into: &item)
        } else if node.is("comments", in: Namespace.slash) {
            item.slashComments = node.textContent.trimmed
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
        case "updated": item.atomUpdated.keepFirstNonBlank(node.textContent)
        case "published": item.atomPublished.keepFirstNonBlank(node.textContent)
        default: item.foreignElements.append(ExtensionElements.foreign(node))
        }
    }

    /// RSS item elements that hold text only (`description` may hold markup).
    static let textOnlyItemElements: Set<String> = [
        "title", "link", "author", "category", "comments", "guid", "pubDate", "source",
    ]

    /// An item element inside a text-only one: what libxml2's recovery makes of an
    /// unclosed `<title>Text` followed by `<link>`. It is read as the item's own, and its
    /// text is not part of the field that swallowed it.
    func isSwallowedItemElement(_ node: XMLNode) -> Bool {
        isCore(node)
            && (Self.textOnlyItemElements.contains(node.localName) || node.localName == "description")
    }

    /// The text of a text-only item element, without elements it swallowed.
    func fieldText(_ node: XMLNode) -> String {
        guard node.hasElementChildren else { return node.text }
        return node.textContent(skipping: isSwallowedItemElement)
    }

    /// Single-valued elements keep their first non-blank copy (see `keepFirstNonBlank`);
    /// text-only ones read all descendant text, so stray markup loses no words.
    private mutating func coreItemElement(_ node: XMLNode, into item: inout RSSItem) {
        switch node.localName {
        case "title": item.title.keepFirstNonBlank(fieldText(node))
        case "link":
            guard item.link?.isBlank ?? true else { return }
            item.link = fieldText(node)
            item.linkBase = ownBase(node, within: item)
        case "description":
            guard item.description?.isBlank ?? true else { return }
            // Raw, unescaped HTML in a description is markup to keep, not text to drop.
            item.description = node.hasElementChildren ? node.htmlInnerMarkup : node.text
            item.descriptionBase = ownBase(node, within: item)
        case "author": item.author.keepFirstNonBlank(fieldText(node))
        case "category":
            item.categories.append(RSSCategory(fieldText(node), domain: node.attribute("domain")))
        case "comments": item.comments.keepFirstNonBlank(fieldText(node))
        case "enclosure": enclosure(node).map { item.enclosures.append($0) }
        case "guid" where item.guid?.value.isBlank ?? true: item.guid = guid(node)
        case "pubDate": item.pubDate.keepFirstNonBlank(fieldText(node))
        case "source" where item.source == nil:
            item.source = RSSSource(url: node.attribute("url") ?? "", name: fieldText(node))
        default: break
        }
    }

    /// The `xml:base` an element says itself, when it differs from the item's: the base
    /// for that field's relative URLs.
    func ownBase(_ node: XMLNode, within item: RSSItem) -> String? {
        node.base == item.base ? nil : node.base
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
        var enclosure = RSSEnclosure(
            url: url, length: length ?? 0, type: node.attribute("type") ?? "application/octet-stream")
        enclosure.base = ExtensionElements.ownBase(node)
        return enclosure
    }

    /// `isPermaLink` defaults to true (RSS 2.0); "false", "0" and "no" turn it off.
    private func guid(_ node: XMLNode) -> RSSGuid {
        let flag = node.attribute("isPermaLink")?.trimmed.lowercased()
        return RSSGuid(fieldText(node), isPermaLink: !["false", "0", "no"].contains(flag ?? "true"))
    }
}
