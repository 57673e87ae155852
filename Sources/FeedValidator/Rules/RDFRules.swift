/// RSS 1.0 (RDF Site Summary) and RSS 0.90: `rdf:RDF` with `channel`, `image`, `item` and
/// `textinput` as siblings, in the RSS 1.0 or 0.90 namespace.
struct RDFRules: FeedRules {
    static let known: [String: Set<String>] = [
        "channel": ["title", "link", "description", "image", "items", "textinput"],
        "item": ["title", "link", "description"],
        "image": ["title", "url", "link"],
        "textinput": ["title", "description", "name", "link"],
    ]

    func isCollectionMember(_ node: ElementNode) -> Bool {
        node.localName == "item"
            && (node.namespaceURI == Namespace.rss10 || node.namespaceURI == Namespace.rss090)
    }

    mutating func ended(_ node: ElementNode, ancestors: [ElementNode], context: inout ValidationContext) {
        let rss = node.namespaceURI
        if node.is("RDF", Namespace.rdf) { return checkRoot(node, context: &context) }
        guard rss == Namespace.rss10 || rss == Namespace.rss090 else { return }
        if let parent = ancestors.last, parent.namespaceURI == rss,
            let allowed = Self.known[parent.localName],
            !allowed.contains(node.localName)
        {
            context.report(.undefinedElement, node)
        }
        switch node.localName {
        case "channel": checkChannel(node, rss: rss, context: &context)
        case "item": checkItem(node, rss: rss, context: &context)
        case "image", "textinput":
            // No rdf:about required: the channel already names them by rdf:resource, RSS 1.0
            // feeds in the wild describe them without one, and the W3C validator accepts that.
            if let link = node.child("link", rss) {
                context.checkURL(link.trimmedText, link, full: true, iri: false)
            }
        case "title": context.checkPlainText(node)
        case "description": context.checkHTML(node.text, node)
        default: break
        }
    }

    private func checkRoot(_ root: ElementNode, context: inout ValidationContext) {
        let channels = root.children.filter {
            $0.localName == "channel"
                && ($0.namespaceURI == Namespace.rss10 || $0.namespaceURI == Namespace.rss090)
        }
        if channels.isEmpty { context.report(.missingElement, root, child: "channel") }
        if channels.count > 1 { context.report(.duplicateElement, channels[1]) }
    }

    private func checkChannel(_ channel: ElementNode, rss: String, context: inout ValidationContext) {
        if rss == Namespace.rss10 { requireAbout(channel, context: &context) }
        if !channel.has("title", rss) { context.report(.missingTitle, channel, child: "title") }
        if !channel.has("link", rss) { context.report(.missingLink, channel, child: "link") }
        if !channel.has("description", rss) {
            context.report(.missingDescription, channel, child: "description")
        }
        context.checkDuplicates(
            channel, ["title", "link", "description", "image", "items", "textinput"], namespaceURI: rss)
        if let link = channel.child("link", rss) {
            context.checkURL(link.trimmedText, link, full: true, iri: false)
        }
        guard rss == Namespace.rss10 else { return }
        if let items = channel.child("items", rss) {
            if !items.has("Seq", Namespace.rdf) {
                context.report(.invalidRDF, items, detail: "items must hold an rdf:Seq")
            }
        } else {
            context.report(.missingElement, channel, child: "items")
        }
    }

    private func checkItem(_ item: ElementNode, rss: String, context: inout ValidationContext) {
        if rss == Namespace.rss10 {
            requireAbout(item, context: &context)
            if let about = item.attribute("about", namespaceURI: Namespace.rdf) {
                context.noteID(about, item, duplicate: .duplicateValue)
            }
        }
        if !item.has("title", rss) { context.report(.missingTitle, item, child: "title") }
        if !item.has("link", rss) { context.report(.missingLink, item, child: "link") }
        context.checkDuplicates(item, ["title", "link", "description"], namespaceURI: rss)
        if let link = item.child("link", rss) {
            context.checkURL(link.trimmedText, link, full: true, iri: false)
        }
    }

    private func requireAbout(_ node: ElementNode, context: inout ValidationContext) {
        if node.attribute("about", namespaceURI: Namespace.rdf) == nil {
            context.report(.missingAttribute, node, value: "rdf:about")
        }
    }
}
