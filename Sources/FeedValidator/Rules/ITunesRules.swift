/// Apple Podcasts' `itunes:` elements, as Apple documents them today.
enum ITunesRules {
    /// Apple's top-level podcast categories.
    static let categories: Set<String> = [
        "Arts", "Business", "Comedy", "Education", "Fiction", "Government", "History", "Health & Fitness",
        "Kids & Family", "Leisure", "Music", "News", "Religion & Spirituality", "Science",
        "Society & Culture",
        "Sports", "Technology", "True Crime", "TV & Film",
    ]

    static func check(_ node: ElementNode, context: inout ValidationContext) {
        if context.encoding.uppercased() != "UTF-8", context.reportedPrefixes.insert("itunes-utf8").inserted {
            context.report(.notUTF8, node)
        }
        let value = node.trimmedText
        switch node.localName {
        case "explicit":
            // Untrimmed, as Apple and the W3C validator read it: " true " is not "true".
            if !["true", "false", "yes", "no", "clean"].contains(node.text) {
                context.report(.invalidYesNoClean, node, value: node.text)
            }
        case "type" where node.parentName == "channel":
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
        case "image":
            guard let href = node.attribute("href") else {
                return context.report(.missingAttribute, node, value: "href")
            }
            context.checkURL(href, node, attribute: "href", full: true, iri: false)
        case "category":
            guard let text = node.attribute("text") else {
                return context.report(.missingAttribute, node, value: "text")
            }
            if node.parentName?.hasSuffix("category") != true && !categories.contains(text) {
                context.report(.invalidItunesCategory, node, value: text)
            }
        default: break
        }
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
