/// RSS 0.91, 0.92 and 2.0: the RSS 2.0 specification and the RSS Advisory Board's Best
/// Practices Profile. Channel-level checks are in `RSSRules+Channel.swift` (`textInput`,
/// `skipHours` and `skipDays` in `RSSRules+ChannelParts.swift`), item checks in
/// `RSSRules+Item.swift`.
struct RSSRules: FeedRules {
    enum Version { case v091, v092, v20 }

    let version: Version

    /// Elements RSS defines for each parent (no namespace).
    static let channelElements: Set<String> = [
        "title", "link", "description", "language", "copyright", "managingEditor", "webMaster", "pubDate",
        "lastBuildDate", "category", "generator", "docs", "cloud", "ttl", "image", "rating", "textInput",
        "skipHours", "skipDays", "item",
    ]
    static let itemElements: Set<String> = [
        "title", "link", "description", "author", "category", "comments", "enclosure", "guid", "pubDate",
        "source",
    ]
    static let childElements: [String: Set<String>] = [
        "rss": ["channel"], "channel": channelElements, "item": itemElements,
        "image": ["url", "title", "link", "width", "height", "description"],
        "textInput": ["title", "description", "name", "link"], "skipHours": ["hour"], "skipDays": ["day"],
    ]
    /// Unprefixed attributes RSS defines, per element.
    static let attributes: [String: Set<String>] = [
        "rss": ["version"], "guid": ["isPermaLink"], "enclosure": ["url", "length", "type"],
        "source": ["url"],
        "category": ["domain"], "cloud": ["domain", "port", "path", "registerProcedure", "protocol"],
    ]

    func isCollectionMember(_ node: ElementNode) -> Bool { node.is("item", "") }

    mutating func ended(_ node: ElementNode, ancestors: [ElementNode], context: inout ValidationContext) {
        guard node.namespaceURI.isEmpty else { return }
        checkPlacement(node, parent: ancestors.last, context: &context)
        checkAttributes(node, context: &context)
        switch node.localName {
        case "rss": checkRoot(node, context: &context)
        case "channel": checkChannel(node, context: &context)
        case "item":
            let inChannel = ancestors.last?.is("channel", "") == true
            checkItem(node, inChannel: inChannel, context: &context)
            if inChannel && context.profile == .podcast {
                PodcastProfile.checkItem(node, channel: ancestors.last, context: &context)
            }
        case "image" where ancestors.last?.is("channel", "") == true: checkImage(node, context: &context)
        case "cloud": checkCloud(node, context: &context)
        case "textInput": checkTextInput(node, context: &context)
        case "skipHours": checkSkipHours(node, context: &context)
        case "skipDays": checkSkipDays(node, context: &context)
        default: break
        }
    }

    /// Unknown elements in the core (empty) namespace.
    private func checkPlacement(_ node: ElementNode, parent: ElementNode?, context: inout ValidationContext) {
        guard let parent, parent.namespaceURI.isEmpty, let allowed = Self.childElements[parent.localName]
        else {
            return
        }
        if node.localName == "blink" {
            context.report(.noBlink, node)
        } else if node.localName == "item" && parent.localName == "rss" {
            context.report(.misplacedItem, node)
        } else if !allowed.contains(node.localName) {
            context.report(.undefinedElement, node)
        }
    }

    private func checkAttributes(_ node: ElementNode, context: inout ValidationContext) {
        let allowed = Self.attributes[node.localName] ?? []
        for attribute in node.attributes {
            if attribute.namespaceURI.isEmpty {
                if !allowed.contains(attribute.localName) {
                    context.report(.unexpectedAttribute, node, value: attribute.localName)
                }
            } else if attribute.namespaceURI != Namespace.xml && version == .v20 {
                context.report(.useOfExtensionAttr, node, value: attribute.qualifiedName)
            }
        }
    }

    private func checkRoot(_ node: ElementNode, context: inout ValidationContext) {
        context.checkNoText(node)
        let channels = node.children("channel", "")
        if channels.isEmpty { context.report(.missingElement, node, child: "channel") }
        if channels.count > 1 { context.report(.duplicateElement, channels[1]) }
    }
}
