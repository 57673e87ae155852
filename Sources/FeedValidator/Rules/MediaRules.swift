/// Media RSS 1.5.1 (`http://search.yahoo.com/mrss/`), after the W3C Feed Validator's media
/// rules: each element's attributes and values, the children a parent may hold once, and
/// where `media:content` and `media:group` may stand. Where the W3C validator and the
/// specification part (restriction types, credit roles), the specification wins.
enum MediaRules {
    static let media: Set<String> = ["image", "audio", "video", "document", "executable"]
    static let expressions: Set<String> = ["sample", "full", "nonstop"]

    /// Every element Media RSS 1.5.1 defines, the children of its containers included; any
    /// other name in the namespace is `UndefinedElement`.
    static let elements: Set<String> = [
        "group", "content", "rating", "title", "description", "keywords", "thumbnail", "category", "hash",
        "player", "credit", "copyright", "text", "restriction", "community", "starRating", "statistics",
        "tags", "comments", "comment", "embed", "param", "responses", "response", "backLinks", "backLink",
        "status", "price", "license", "subTitle", "peerLink", "location", "rights", "scenes", "scene",
        "sceneTitle", "sceneDescription", "sceneStartTime", "sceneEndTime", "adult",
    ]

    /// Children that describe their parent once: a second one in the same item, group or
    /// content contradicts the first (the W3C validator checks the first four).
    static let singleValued: Set<String> = [
        "title", "description", "copyright", "adult", "keywords", "player", "community", "comments",
        "embed", "responses", "backLinks", "status", "rights", "scenes",
    ]

    static func check(_ node: ElementNode, parent: ElementNode?, context: inout ValidationContext) {
        guard elements.contains(node.localName) else { return context.report(.undefinedElement, node) }
        if let parent { checkPlacement(node, parent: parent, context: &context) }
        switch node.localName {
        case "content": checkContent(node, context: &context)
        case "group": checkGroup(node, context: &context)
        case "thumbnail": checkThumbnail(node, context: &context)
        case "player": checkPlayer(node, context: &context)
        case "adult": context.report(.deprecatedMediaAdult, node)
        case "rating": checkRating(node, context: &context)
        case "restriction": checkRestriction(node, context: &context)
        case "hash": checkHash(node, context: &context)
        case "credit": checkCredit(node, context: &context)
        case "title", "description": checkTextType(node, context: &context)
        case "text": checkTimedText(node, context: &context)
        case "category": checkOptionalURL(node, attribute: "scheme", context: &context)
        case "copyright": checkOptionalURL(node, attribute: "url", context: &context)
        default: break
        }
    }

    /// A second single-valued child in the same parent (the earlier siblings have already
    /// ended, so they are among the parent's children), and `media:content` or
    /// `media:group` where the specification does not put them.
    private static func checkPlacement(
        _ node: ElementNode, parent: ElementNode, context: inout ValidationContext
    ) {
        if singleValued.contains(node.localName), parent.has(node.localName, Namespace.media) {
            context.report(.duplicateElement, node)
        }
        let inItem = parent.namespaceURI != Namespace.media && ["item", "entry"].contains(parent.localName)
        let misplaced =
            switch node.localName {
            case "content": !inItem && !parent.is("group", Namespace.media)
            case "group": !inItem
            default: false
            }
        if misplaced { context.report(.undefinedElement, node) }
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
        checkPositiveIntegers(node, ["fileSize", "height", "width"], context: &context)
        if let channels = node.attribute("channels"), (ValueCheck.integer(channels) ?? -1) < 0 {
            context.report(.invalidIntegerAttribute, node, value: channels, detail: "channels")
        }
        for name in ["bitrate", "framerate", "samplingrate", "duration"] {
            if let value = node.attribute(name), !isNonNegativeDecimal(value) {
                context.report(
                    .invalidFloat, node, value: value, detail: "\(name) attribute of \(node.qualifiedName)")
            }
        }
        if let isDefault = node.attribute("isDefault"), !["true", "false"].contains(isDefault.lowercased()) {
            context.report(.invalidBooleanAttribute, node, value: isDefault, detail: "isDefault")
        }
        checkLanguageAttribute(node, context: &context)
    }

    /// A group holds alternative versions of one media object, so fewer than two is no
    /// choice at all (W3C's `MediaGroupWithoutAlternatives`).
    private static func checkGroup(_ node: ElementNode, context: inout ValidationContext) {
        let contents = node.children("content", Namespace.media).count
        if contents < 2 { context.report(.mediaGroupWithoutAlternatives, node, value: String(contents)) }
    }

    private static func checkThumbnail(_ node: ElementNode, context: inout ValidationContext) {
        checkPlayer(node, context: &context)
        if let time = node.attribute("time"), !isNPTTime(time) {
            context.report(.invalidNPTTime, node, value: time, detail: "time")
        }
    }

    /// `url` required, `height` and `width` positive: the same for players and thumbnails.
    private static func checkPlayer(_ node: ElementNode, context: inout ValidationContext) {
        if let url = node.attribute("url") {
            context.checkURL(url, node, attribute: "url", full: true, iri: false)
        } else {
            context.report(.missingAttribute, node, value: "url")
        }
        checkPositiveIntegers(node, ["height", "width"], context: &context)
    }

    private static func checkOptionalURL(
        _ node: ElementNode, attribute: String, context: inout ValidationContext
    ) {
        if let value = node.attribute(attribute) {
            context.checkURL(value, node, attribute: attribute, full: true, iri: false)
        }
    }

    private static func checkPositiveIntegers(
        _ node: ElementNode, _ names: [String], context: inout ValidationContext
    ) {
        for name in names {
            if let value = node.attribute(name), (ValueCheck.integer(value) ?? 0) <= 0 {
                context.report(.invalidIntegerAttribute, node, value: value, detail: name)
            }
        }
    }

    /// `lang` on `media:content` and `media:text`, reported as the attribute of its element.
    static func checkLanguageAttribute(_ node: ElementNode, context: inout ValidationContext) {
        guard let lang = node.attribute("lang"), !ValueCheck.isLanguage(lang) else { return }
        context.report(
            .invalidLanguage, line: node.line, column: node.column, element: "lang",
            parent: node.qualifiedName,
            value: lang)
    }

    /// Digits with an optional fraction (`128`, `44.1`, `29.97`), as the W3C validator
    /// accepts for rates and durations.
    static func isNonNegativeDecimal(_ value: String) -> Bool {
        let parts = value.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit) else { return false }
        return parts.count == 1 || parts[1].allSatisfy(\.isASCIIDigit)
    }
}
