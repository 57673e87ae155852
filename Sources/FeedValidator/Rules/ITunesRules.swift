/// Apple Podcasts' `itunes:` elements, as Apple documents them today. Element values are
/// checked here, as each element ends; what depends on its siblings (duplicates,
/// placement, an owner's address) in `ITunesRules+Placement.swift`; the categories are in
/// `ITunesCategories.swift`; the podcast profile's required tags in `PodcastProfile`.
enum ITunesRules {
    /// Apple's limit for text values, and the W3C validator's for author, subtitle,
    /// keywords and an owner's name.
    static let shortTextLimit = 255
    /// Apple's (and the W3C validator's) limit for `itunes:summary`.
    static let summaryLimit = 4000

    static func check(_ node: ElementNode, parent: ElementNode?, context: inout ValidationContext) {
        if context.encoding.uppercased() != "UTF-8", context.reportedPrefixes.insert("itunes-utf8").inserted {
            context.report(.notUTF8, node)
        }
        if isMisplaced(node, in: parent) { return context.report(.undefinedElement, node) }
        let value = node.trimmedText
        switch node.localName {
        case "explicit": checkExplicit(node, context: &context)
        case "type" where parent?.localName == "channel" || parent?.localName == "feed":
            if !["episodic", "serial"].contains(value) {
                context.report(.invalidItunesChannelType, node, value: value)
            }
        case "block", "complete":
            if !["yes", "no"].contains(value.lowercased()) {
                context.report(.invalidYesNo, node, value: value)
            }
        case "duration": if !isDuration(value) { context.report(.invalidDuration, node, value: value) }
        case "episodeType":
            if !["full", "trailer", "bonus"].contains(value) {
                context.report(.invalidItunesEpisodeType, node, value: value)
            }
        case "episode", "season":
            if (ValueCheck.integer(value) ?? 0) <= 0 {
                context.report(.invalidPositiveInteger, node, value: value)
            }
        case "image": checkImage(node, context: &context)
        case "category": checkCategory(node, parent: parent, context: &context)
        case "owner": checkOwner(node, context: &context)
        case "email" where parent?.is("owner", Namespace.itunes) == true:
            if !ValueCheck.isEmail(value) { context.report(.invalidContact, node, value: value) }
        case "author", "subtitle", "name": checkLength(node, limit: shortTextLimit, context: &context)
        case "summary": checkLength(node, limit: summaryLimit, context: &context)
        case "keywords": checkKeywords(node, context: &context)
        default: break
        }
    }

    /// `true` or `false`, as Apple reads it today. The W3C validator compares without case
    /// and without trimming (" true " is not "true"), and so do we. The retired spellings
    /// get a hint: Apple once read `yes` as explicit, `clean` and `no` as not.
    private static func checkExplicit(_ node: ElementNode, context: inout ValidationContext) {
        let lower = node.text.lowercased()
        if lower == "true" || lower == "false" { return }
        let hint =
            switch lower {
            case "yes": "; \"yes\" is the retired spelling of \"true\""
            case "no", "clean": "; \"\(lower)\" is a retired spelling of \"false\""
            default: ""
            }
        context.report(.invalidTrueFalse, node, value: node.text, detail: hint)
    }

    /// A full http(s) URL, and (a warning) a JPEG or PNG file, as Apple requires artwork.
    private static func checkImage(_ node: ElementNode, context: inout ValidationContext) {
        guard let href = node.attribute("href") else {
            return context.report(.missingAttribute, node, value: "href")
        }
        guard URLCheck.check(href, full: true, iri: false) == nil, !href.trimmingSpaces.isEmpty else {
            return context.checkURL(href, node, attribute: "href", full: true, iri: false)
        }
        let scheme = URLCheck.scheme(of: href)?.lowercased()
        guard scheme == "http" || scheme == "https" else {
            return context.report(.invalidURLAttribute, node, value: href, detail: "href")
        }
        let path = href.split(whereSeparator: { $0 == "?" || $0 == "#" }).first.map { $0.lowercased() } ?? ""
        if ![".jpg", ".jpeg", ".png"].contains(where: { path.hasSuffix($0) }) {
            context.report(.unsupportedItunesImageFormat, node, value: href)
        }
    }

    /// A category in Apple's list, and a subcategory under its own category.
    private static func checkCategory(
        _ node: ElementNode, parent: ElementNode?, context: inout ValidationContext
    ) {
        guard let text = node.attribute("text") else {
            return context.report(.missingAttribute, node, value: "text")
        }
        let standing: ITunesCategories.Standing
        if let parent, parent.is("category", Namespace.itunes) {
            // Under an unknown or retired category, that category's finding says it all.
            guard let category = parent.attribute("text"), ITunesCategories.standing(of: category) == .current
            else { return }
            standing = ITunesCategories.standing(of: text, in: category)
        } else {
            standing = ITunesCategories.standing(of: text)
        }
        switch standing {
        case .current: break
        case .retired: context.report(.obsoleteItunesCategory, node, value: text)
        case .unknown: context.report(.invalidItunesCategory, node, value: text)
        }
    }

    /// `TooLong` past `limit` characters (Unicode scalars, as the W3C validator counts).
    private static func checkLength(_ node: ElementNode, limit: Int, context: inout ValidationContext) {
        let length = node.trimmedText.unicodeScalars.count
        if length > limit {
            context.report(.tooLong, node, detail: "\(length) characters, at most \(limit)")
        }
    }

    /// At most 255 characters, separated by commas: words separated only by spaces read
    /// as one long keyword.
    private static func checkKeywords(_ node: ElementNode, context: inout ValidationContext) {
        checkLength(node, limit: shortTextLimit, context: &context)
        let value = node.trimmedText
        if value.contains(" ") && !value.contains(",") { context.report(.invalidKeywords, node) }
    }

    /// Seconds, `MM:SS` or `HH:MM:SS`.
    static func isDuration(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) })
        else {
            return false
        }
        return parts.dropFirst().allSatisfy { $0.count <= 2 && Int($0)! < 60 }
    }
}
