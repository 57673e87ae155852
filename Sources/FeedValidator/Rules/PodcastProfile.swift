/// `--profile podcast`: the tags Apple Podcasts requires and recommends in a show's RSS
/// feed (Apple's "A Podcaster's Guide to RSS", see docs/validating.md), on top of the
/// general rules. Each missing tag is reported once: what RSS itself requires (the
/// channel's `title`, `link` and `description`, an item's title or description) and what
/// the general rules already recommend (an item's `guid`) is left to those rules.
enum PodcastProfile {
    /// Required on the show beyond RSS's own requirements: `MissingItunesElement`.
    static let requiredShowTags = [
        ("image", Namespace.itunes, "itunes:image"), ("language", "", "language"),
        ("category", Namespace.itunes, "itunes:category"), ("explicit", Namespace.itunes, "itunes:explicit"),
    ]
    /// Recommended on each episode: `MissingRecommendedElement`, raised to a warning.
    static let recommendedEpisodeTags = [
        ("pubDate", "", "pubDate"), ("link", "", "link"), ("duration", Namespace.itunes, "itunes:duration"),
        ("image", Namespace.itunes, "itunes:image"), ("explicit", Namespace.itunes, "itunes:explicit"),
    ]
    /// The feed formats Apple reads: RSS 2.0, and the 0.9x versions it grew from.
    static let formats: Set<String> = ["rss2", "rss091", "rss092"]

    /// The show's tags. `languageReported`: RSS 0.91 requires `language` itself.
    static func checkChannel(
        _ channel: ElementNode, languageReported: Bool, context: inout ValidationContext
    ) {
        for (name, namespace, tag) in requiredShowTags where !channel.has(name, namespace) {
            if name == "language" && languageReported { continue }
            context.report(.missingItunesElement, channel, child: tag)
        }
        if !channel.has("author", Namespace.itunes) {
            context.reportRecommended(channel, child: "itunes:author")
        }
        // An owner without an address is the general rules' MissingElement.
        if !channel.has("owner", Namespace.itunes) {
            context.report(.missingItunesEmail, channel, child: "itunes:owner")
        }
    }

    /// An episode's tags; `channel` is the channel read so far, for `itunes:type`.
    static func checkItem(_ item: ElementNode, channel: ElementNode?, context: inout ValidationContext) {
        let hasTitle = item.has("title", "")
        let hasDescription = item.has("description", "")
        // With neither, the general ItemMustContainTitleOrDescription already says so.
        if !hasTitle && hasDescription { context.report(.missingItunesElement, item, child: "title") }
        if !item.has("enclosure", "") { context.report(.missingItunesElement, item, child: "enclosure") }
        if hasTitle && !hasDescription { context.reportRecommended(item, child: "description") }
        for (name, namespace, tag) in recommendedEpisodeTags where !item.has(name, namespace) {
            context.reportRecommended(item, child: tag)
        }
        // Apple: episode numbers are mandatory for serial shows.
        if channel?.child("type", Namespace.itunes)?.trimmedText == "serial",
            !item.has("episode", Namespace.itunes)
        {
            context.report(.missingItunesElement, item, child: "itunes:episode")
        }
    }

    /// Apple reads RSS only: an Atom, RSS 1.0 or JSON Feed document is no podcast feed.
    static func checkFormat(_ format: String?, context: inout ValidationContext) {
        guard let format, !formats.contains(format) else { return }
        context.report(
            .missingItunesElement, line: nil, column: nil, element: "rss version=\"2.0\"", parent: "document")
    }
}

extension ValidationContext {
    /// `MissingRecommendedElement` as a warning: Apple's recommended tags matter more to a
    /// podcast than the general advice the code's own severity (info) is for.
    mutating func reportRecommended(_ node: ElementNode, child: String) {
        report(.missingRecommendedElement, node, child: child)
        diagnostics[diagnostics.count - 1].severity = .warning
    }
}
