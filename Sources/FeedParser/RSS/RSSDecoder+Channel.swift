import FeedFormats

extension RSSDecoder {
    mutating func channelElement(_ node: XMLNode) {
        if channel.base == nil || node.localName == "link" { channel.base = node.base }
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

    private mutating func coreChannelElement(_ node: XMLNode) {
        let text = node.text
        switch node.localName {
        case "title": channel.title = text
        case "link": channel.link = text
        case "description": channel.description = text
        case "language": channel.language = text
        case "copyright": channel.copyright = text
        case "managingEditor": channel.managingEditor = text
        case "webMaster": channel.webMaster = text
        case "pubDate": channel.pubDate = text
        case "lastBuildDate": channel.lastBuildDate = text
        case "category": channel.categories.append(RSSCategory(text, domain: node.attribute("domain")))
        case "generator": channel.generator = text
        case "docs": channel.docs = text
        case "ttl": channel.ttl = ttl(node)
        case "image": channel.image = image(node)
        case "skipHours": channel.skipHours = node.elements.map(\.text)
        case "skipDays": channel.skipDays = node.elements.map(\.text)
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
        for child in node.elements where isCore(child) { fields[child.localName] = child.text }
        guard let url = fields["url"] ?? node.attribute("resource", namespaceURI: Namespace.rdf) else {
            return nil
        }
        return RSSImage(
            url: url, title: fields["title"], link: fields["link"], width: fields["width"],
            height: fields["height"],
            description: fields["description"])
    }
}
