/// Media RSS basics: `media:content` and `media:thumbnail` attributes, `media:adult`.
enum MediaRules {
    static let media: Set<String> = ["image", "audio", "video", "document", "executable"]
    static let expressions: Set<String> = ["sample", "full", "nonstop"]

    static func check(_ node: ElementNode, context: inout ValidationContext) {
        switch node.localName {
        case "content": checkContent(node, context: &context)
        case "thumbnail", "player":
            guard let url = node.attribute("url") else {
                return context.report(.missingAttribute, node, value: "url")
            }
            context.checkURL(url, node, attribute: "url", full: true, iri: false)
        case "adult": context.report(.deprecatedMediaAdult, node)
        default: break
        }
    }

    private static func checkContent(_ node: ElementNode, context: inout ValidationContext) {
        if let url = node.attribute("url") {
            context.checkURL(url, node, attribute: "url", full: true, iri: false)
        } else if !node.has("player", Namespace.media) {
            context.report(.missingAttribute, node, value: "url")
        }
        if let medium = node.attribute("medium"), !media.contains(medium) {
            context.report(.invalidMediaMedium, node, value: medium)
        }
        if let expression = node.attribute("expression"), !expressions.contains(expression) {
            context.report(.invalidMediaExpression, node, value: expression)
        }
        if let type = node.attribute("type"), !ValueCheck.isMIMEType(type) {
            context.report(.invalidMIMEAttribute, node, value: type, detail: "type")
        }
        for name in ["fileSize", "bitrate", "height", "width", "framerate", "samplingrate", "channels"] {
            if let value = node.attribute(name), ValueCheck.number(value).map({ $0 < 0 }) ?? true {
                context.report(.invalidIntegerAttribute, node, value: value, detail: name)
            }
        }
    }
}
