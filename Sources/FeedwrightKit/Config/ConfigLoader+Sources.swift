import FeedAggregator
import FeedFetch
import FeedJSON
import FeedSchedule
internal import Foundation

/// The `sources`, `dedup` and `fetch` sections: the partner feeds merged into ours.
extension ConfigLoader {
    static let sourceKeys = ["name", "url", "timeZone", "enabled", "maxItems", "maxAge"]
    static let fetchKeys = [
        "timeout", "connectTimeout", "maxBytes", "perHost", "parallel", "allowAddresses", "userAgent",
    ]

    static func sources(_ top: ConfigObject, base: URL) throws(ConfigIssue) -> [PartnerSource] {
        guard let elements = try top.array("sources") else { return [] }
        var sources: [PartnerSource] = []
        var names: [String: String] = [:]  // lowercased → as written, to spot clashes at once
        for (index, element) in elements.enumerated() {
            let object = try ConfigObject(
                element, path: JSONText.keyPath("sources", index: index), keys: sourceKeys)
            let source = try source(object, base: base)
            if let clash = names.updateValue(source.name, forKey: source.name.lowercased()) {
                throw ConfigIssue(
                    keyPath: object.keyPath("name"),
                    message: "\(OneLineText.quoted(source.name)) is already the name of "
                        + "\(OneLineText.quoted(clash)); source names must differ")
            }
            sources.append(source)
        }
        return sources
    }

    private static func source(_ object: ConfigObject, base: URL) throws(ConfigIssue) -> PartnerSource {
        PartnerSource(
            name: try object.requiredString("name"),
            location: try location(object, base: base),
            timeZone: try object.string("timeZone") == nil ? nil : try timeZone(object),
            enabled: try object.boolean("enabled") ?? true,
            maxItems: try positive(object, "maxItems") ?? 100,
            maxAge: try duration(object, "maxAge"))
    }

    /// An http(s) URL, a `file:` URL, or a path resolved against the config's directory.
    private static func location(_ object: ConfigObject, base: URL) throws(ConfigIssue)
        -> PartnerSource.Location
    {
        let text = try object.requiredString("url")
        let lowered = text.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            guard ConfigFormat.isHTTPURL(text), let url = URL(string: text) else {
                throw .invalid(
                    object.keyPath("url"), expected: "an absolute http(s) URL or a file path", found: text)
            }
            return .http(url)
        }
        if lowered.hasPrefix("file://") {
            guard let url = URL(string: text), url.isFileURL, !url.path.isEmpty else {
                throw .invalid(object.keyPath("url"), expected: "a file: URL with a path", found: text)
            }
            return .file(url.standardizedFileURL)
        }
        if let colon = text.firstIndex(of: ":"), text[..<colon].allSatisfy(\.isLetter),
            text[..<colon].count > 1
        {
            throw .invalid(object.keyPath("url"), expected: "an http(s) URL or a file path", found: text)
        }
        return .file(try requiredPath(object, "url", base: base, isDirectory: false))
    }

    static func dedup(_ top: ConfigObject) throws(ConfigIssue) -> DedupSettings {
        guard let object = try top.object("dedup", keys: ["window"]) else { return DedupSettings() }
        return DedupSettings(window: try duration(object, "window") ?? DedupSettings().window)
    }

    static func fetch(_ top: ConfigObject) throws(ConfigIssue) -> FetchSettings {
        let defaults = FetchSettings()
        guard let object = try top.object("fetch", keys: fetchKeys) else { return defaults }
        return FetchSettings(
            timeout: try positive(object, "timeout") ?? defaults.timeout,
            connectTimeout: try positive(object, "connectTimeout") ?? defaults.connectTimeout,
            maxBytes: try positive(object, "maxBytes") ?? defaults.maxBytes,
            perHost: try positive(object, "perHost") ?? defaults.perHost,
            parallel: try positive(object, "parallel") ?? defaults.parallel,
            allowAddresses: try addresses(object),
            userAgent: try userAgent(object))
    }

    static func schedule(_ top: ConfigObject, base: URL, state: URL) throws(ConfigIssue) -> ScheduleSettings?
    {
        guard let object = try top.object("schedule", keys: ["cron", "timeZone", "log"]) else { return nil }
        let text = try object.requiredString("cron")
        let expression: CronExpression
        do {
            expression = try CronExpression(parsing: text)
        } catch {
            let location =
                error.field.map { "\($0.name) field, column \(error.column + 1)" }
                ?? "column \(error.column + 1)"
            throw ConfigIssue(keyPath: object.keyPath("cron"), message: "\(location): \(error.message)")
        }
        // Cron accepts such a line and then stays silent for ever; say so before installing.
        if let reason = expression.neverFiresReason {
            throw ConfigIssue(
                keyPath: object.keyPath("cron"),
                message: "\(OneLineText.quoted(text)) \(reason); choose days that exist in the months named")
        }
        let log =
            try object.string("log") == nil
            ? state.deletingLastPathComponent().appendingPathComponent("build.log")
            : try requiredPath(object, "log", base: base, isDirectory: false)
        return ScheduleSettings(
            expression: expression,
            timeZone: try object.string("timeZone") == nil ? nil : try timeZone(object),
            log: log)
    }

    private static func addresses(_ object: ConfigObject) throws(ConfigIssue) -> [String] {
        let texts = try strings(object, "allowAddresses") ?? []
        for (index, text) in texts.enumerated() where AddressRange(text) == nil {
            throw .invalid(
                JSONText.keyPath(object.keyPath("allowAddresses"), index: index),
                expected: "an IP address or CIDR range such as \"127.0.0.1\" or \"10.0.0.0/8\"", found: text)
        }
        return texts
    }

    /// An integer of at least 1, or `nil` when `key` is absent.
    static func positive(_ object: ConfigObject, _ key: String) throws(ConfigIssue) -> Int? {
        guard let value = try object.integer(key) else { return nil }
        guard value >= 1 else {
            throw ConfigIssue(keyPath: object.keyPath(key), message: "must be at least 1, found \(value)")
        }
        return value
    }

    static func duration(_ object: ConfigObject, _ key: String) throws(ConfigIssue) -> TimeInterval? {
        guard let text = try object.string(key) else { return nil }
        guard let seconds = ConfigDuration.parse(text), seconds > 0 else {
            throw .invalid(object.keyPath(key), expected: ConfigDuration.expected, found: text)
        }
        return seconds
    }

    static func strings(_ object: ConfigObject, _ key: String) throws(ConfigIssue) -> [String]? {
        guard let elements = try object.array(key) else { return nil }
        var strings: [String] = []
        for (index, element) in elements.enumerated() {
            guard let text = element.string, !text.isEmpty else {
                throw .wrongType(
                    JSONText.keyPath(object.keyPath(key), index: index), expected: "a non-empty string",
                    found: element)
            }
            strings.append(text)
        }
        return strings
    }
}
