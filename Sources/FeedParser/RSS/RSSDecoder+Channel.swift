import FeedFormats

extension RSSDecoder {
    mutating func channelElement(_ node: XMLNode) {
        // The kept link's own xml:base is the channel's base; any element's until then.
        if channel.base == nil || (node.localName == "link" && isCore(node) && channel.link.isBlank) {
            channel.base = node.base
        }
        if isCore(node) {
            coreChannelElement(node)
        } else if node.is("link", in: Namespace.atom10) {
            channel.atomLinks.append(ExtensionElements.atomLink(node))
        } else if !ExtensionElements.dublinCore(node, into: &channel.dublinCore),
            !ExtensionElements.itunes(node, into: &channel.itunes), !node.namespaceURI.isEmpty
        {
            channel.foreignElements.append(ExtensionElements.foreign(node))
        }
    }

    /// As for items: single-valued elements keep their first non-blank copy, text-only
    /// ones read all descendant text.
    private mutating func coreChannelElement(_ node: XMLNode) {
        switch node.localName {
        case "title" where channel.title.isBlank: channel.title = node.textContent
        case "link" where channel.link.isBlank: channel.link = node.textContent
        case "description" where channel.description.isBlank:
            channel.description = node.textContent
        case "language": channel.language.keepFirstNonBlank(node.textContent)
        case "copyright": channel.copyright.keepFirstNonBlank(node.textContent)
        case "managingEditor": channel.managingEditor.keepFirstNonBlank(node.textContent)
        case "webMaster": channel.webMaster.keepFirstNonBlank(node.textContent)
        case "pubDate": channel.pubDate.keepFirstNonBlank(node.textContent)
        case "lastBuildDate": channel.lastBuildDate.keepFirstNonBlank(node.textContent)
        case "category":
            channel.categories.append(RSSCategory(node.textContent, domain: node.attribute("domain")))
        case "generator": channel.generator.keepFirstNonBlank(node.textContent)
        case "docs": channel.docs.keepFirstNonBlank(node.textContent)
        case "ttl": channel.ttl = channel.ttl ?? ttl(node)
        case "image" where channel.image == nil: channel.image = image(node)
        case "skipHours": channel.skipHours = node.elements.map(\.textContent)
        case "skipDays": channel.skipDays = node.elements.map(\.textContent)
        default: break
        }
    }

    private mutating func ttl(_ node: XMLNode) -> Int? {
        guard let minutes = Int(node.text.trimmed), minutes >= 0 else {
            note(.invalidNumber, "ttl \"\(node.text)\" is not a number of minutes; ignored", node)
            return nil
        }
        return minutes
    }

    private func image(_ node: XMLNode) -> RSSImage? {
        var fields: [String: String] = [:]
        for child in node.elements where isCore(child) && fields[child.localName]?.isBlank ?? true {
            fields[child.localName] = child.textContent
        }
        guard let url = fields["url"] ?? node.attribute("resource", namespaceURI: Namespace.rdf) else {
            return nil
        }
        return RSSImage(
            url: url, title: fields["title"], link: fields["link"], width: fields["width"],
            height: fields["height"],
            description: fields["description"])
    }
}
