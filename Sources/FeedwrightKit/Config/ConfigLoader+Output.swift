import FeedJSON
internal import Foundation

/// The `output` section and file paths.
extension ConfigLoader {
    static func outputSettings(_ output: ConfigObject, base: URL) throws(ConfigIssue) -> OutputSettings {
        let baseURL = try checked(
            output, "baseURL", expected: "an absolute http(s) URL without query or fragment",
            ConfigFormat.isBaseURL)
        let names = [("rss", "rss.xml"), ("atom", "atom.xml"), ("json", "feed.json")]
        var chosen: [String] = []
        for (key, fallback) in names {
            let name =
                try checked(
                    output, key, expected: "a plain file name such as \"\(fallback)\"",
                    ConfigFormat.isFileName)
            try checkUnique(name ?? fallback, key: key, explicit: name != nil, earlier: chosen, in: output)
            chosen.append(name ?? fallback)
        }
        var settings = OutputSettings(
            directory: try requiredPath(output, "directory", base: base, isDirectory: true),
            baseURL: baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" },
            rssFileName: chosen[0], atomFileName: chosen[1], jsonFileName: chosen[2])
        settings.pages = try output.boolean("pages") ?? true
        settings.categories = try output.boolean("categories") ?? false
        settings.archive = try archive(output, baseURL: settings.baseURL)
        if output.value("templates") != nil {
            settings.templates = try requiredPath(output, "templates", base: base, isDirectory: true)
        }
        settings.opmlFileName = try opmlFileName(output, feedNames: chosen)
        return settings
    }

    /// `output.opml`: a plain file name that none of the feeds uses.
    private static func opmlFileName(_ output: ConfigObject, feedNames: [String]) throws(ConfigIssue)
        -> String?
    {
        let expected = "a plain file name such as \"sources.opml\""
        guard let name = try checked(output, "opml", expected: expected, ConfigFormat.isFileName) else {
            return nil
        }
        guard !feedNames.contains(where: { $0.lowercased() == name.lowercased() }) else {
            throw ConfigIssue(
                keyPath: output.keyPath("opml"),
                message:
                    "\(OneLineText.quoted(name)) is already a feed's file name; the output file names must differ"
            )
        }
        return name
    }

    /// Throws when `name` (case-insensitively) is one of the `earlier` names, keyed in
    /// schema order; the error names whichever of the two keys the user wrote.
    private static func checkUnique(
        _ name: String, key: String, explicit: Bool, earlier: [String], in output: ConfigObject
    ) throws(ConfigIssue) {
        let keys = ["rss", "atom", "json"]
        guard let clash = earlier.firstIndex(where: { $0.lowercased() == name.lowercased() }) else { return }
        let other = output.keyPath(keys[clash])
        let otherIsDefault = output.value(keys[clash]) == nil
        let blamed = explicit ? output.keyPath(key) : other
        let used =
            explicit ? other + (otherIsDefault ? " (by default)" : "") : output.keyPath(key) + " (by default)"
        let value = OneLineText.quoted(explicit ? name : earlier[clash])
        let message = "\(value) is already used by \(used); the output file names must differ"
        throw ConfigIssue(keyPath: blamed, message: message)
    }

    /// The path at `key` resolved against `base`; the key must be present.
    static func requiredPath(
        _ object: ConfigObject, _ key: String, base: URL, isDirectory: Bool
    ) throws(ConfigIssue) -> URL {
        let path = try object.requiredString(key)
        guard !path.contains("\0") else {
            throw .invalid(object.keyPath(key), expected: "a path without NUL characters", found: path)
        }
        return resolve(path, against: base, isDirectory: isDirectory)
    }

    /// `path` as an absolute, standardized file URL; relative paths start at `base`. A
    /// leading `~` is not expanded: it is an ordinary directory name here.
    static func resolve(_ path: String, against base: URL, isDirectory: Bool) -> URL {
        let url =
            path.hasPrefix("/")
            ? URL(fileURLWithPath: path, isDirectory: isDirectory)
            : base.appendingPathComponent(path, isDirectory: isDirectory)
        return url.standardizedFileURL
    }
}
