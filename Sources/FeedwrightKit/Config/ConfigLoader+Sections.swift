internal import FeedDates
import FeedJSON
import FeedModel
internal import Foundation

/// Walking the decoded JSON, one function per section of the schema.
extension ConfigLoader {
    static let topLevelKeys = [
        "feed", "seeds", "sources", "dedup", "fetch", "output", "pinnedDates", "state", "schedule",
        "limits", "websub",
    ]
    static let feedKeys = [
        "title", "description", "link", "language", "tagAuthority", "author", "timeZone", "maxItems",
    ]
    static let outputKeys = [
        "directory", "baseURL", "rss", "atom", "json", "pages", "templates", "categories", "opml", "archive",
    ]

    static func build(_ root: JSONValue, file: URL) throws(ConfigIssue) -> FeedwrightConfig {
        let top = try ConfigObject(root, path: nil, keys: topLevelKeys)
        let base = file.absoluteURL.deletingLastPathComponent()
        let feed = try feedSettings(top.requiredObject("feed", keys: feedKeys))
        var seeds: SeedSettings?
        if let object = try top.object("seeds", keys: ["directory"]) {
            seeds = SeedSettings(
                directory: try requiredPath(object, "directory", base: base, isDirectory: true))
        }
        let output = try outputSettings(top.requiredObject("output", keys: outputKeys), base: base)
        let pinned = try pinnedDates(top.object("pinnedDates", keys: nil))
        var state = StateSettings(
            path: resolve(".feedwright/state.sqlite", against: base, isDirectory: false))
        if let object = try top.object("state", keys: ["path"]) {
            state.path = try requiredPath(object, "path", base: base, isDirectory: false)
        }
        var config = FeedwrightConfig(
            feed: feed, seeds: seeds, output: output, pinnedDates: pinned, state: state, file: file)
        config.sources = try sources(top, base: base)
        config.dedup = try dedup(top)
        config.fetch = try fetch(top)
        config.limits = try limits(top)
        config.schedule = try schedule(top, base: base, state: state.path)
        config.websub = try webSub(top, output: output)
        return config
    }

    static func feedSettings(_ feed: ConfigObject) throws(ConfigIssue) -> FeedSettings {
        let link = try checked(feed, "link", expected: "an absolute http(s) URL", ConfigFormat.isHTTPURL)
        guard let link else { throw .missing(feed.keyPath("link")) }
        let tagAuthority = try checked(
            feed, "tagAuthority", expected: "an RFC 4151 \"authority,date\" such as \"news.example.ru,2025\"",
            ConfigFormat.isTagAuthority)
        return FeedSettings(
            title: try feed.string("title"),
            description: try feed.string("description"),
            link: link,
            language: try checked(
                feed, "language", expected: "a BCP 47 language tag such as \"ru\" or \"en-US\"",
                ConfigFormat.isLanguageTag),
            tagAuthority: tagAuthority ?? "\(ConfigFormat.host(of: link)),2025",
            author: try feed.object("author", keys: ["name", "email", "uri"]).map(author),
            timeZone: try timeZone(feed),
            maxItems: try positive(feed, "maxItems") ?? 50)
    }

    static func author(_ author: ConfigObject) throws(ConfigIssue) -> Person {
        Person(
            name: try author.requiredString("name"),
            email: try checked(
                author, "email", expected: "an email address such as \"editor@example.ru\"",
                ConfigFormat.isEmail),
            uri: try checked(author, "uri", expected: "an absolute http(s) URL", ConfigFormat.isHTTPURL))
    }

    static func timeZone(_ feed: ConfigObject) throws(ConfigIssue) -> TimeZone {
        guard let identifier = try feed.string("timeZone") else { return TimeZone(identifier: "UTC")! }
        if let zone = ConfigTimeZone.zone(named: identifier) { return zone }
        var message = "unknown time zone \(OneLineText.quoted(identifier))"
        if let suggestion = ConfigTimeZone.suggestion(for: identifier) {
            message += "; did you mean \(OneLineText.quoted(suggestion))?"
        }
        throw ConfigIssue(keyPath: feed.keyPath("timeZone"), message: message)
    }

    static func pinnedDates(_ object: ConfigObject?) throws(ConfigIssue) -> [String: Date] {
        guard let object else { return [:] }
        var dates: [String: Date] = [:]
        for title in object.keys {
            guard !title.allSatisfy(\.isWhitespace) else {
                throw ConfigIssue(keyPath: object.keyPath(title), message: "item title must not be empty")
            }
            let text = try object.requiredString(title)
            guard let date = RFC3339.parse(text) else {
                throw .invalid(
                    object.keyPath(title),
                    expected: "an RFC 3339 date-time with an offset such as \"2025-05-12T17:00:00+03:00\"",
                    found: text)
            }
            dates[title] = date
        }
        return dates
    }

    /// The string at `key` if present, checked with `isValid`.
    static func checked(
        _ object: ConfigObject, _ key: String, expected: String, _ isValid: (String) -> Bool
    ) throws(ConfigIssue) -> String? {
        guard let text = try object.string(key) else { return nil }
        guard isValid(text) else { throw .invalid(object.keyPath(key), expected: expected, found: text) }
        return text
    }
}
