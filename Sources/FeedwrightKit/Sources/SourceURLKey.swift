import Foundation

/// What makes two source URLs the same subscription: scheme and host compared without
/// case, a default port (80 for http, 443 for https) the same as none, and a trailing `/`
/// (or none) the same; path and query are otherwise compared as written. A file path is
/// compared once resolved against the config's directory.
enum SourceURLKey {
    /// The comparison key of `url` as a config would hold it.
    static func key(_ url: String, base: URL) -> String {
        let text = url.trimmingCharacters(in: .whitespacesAndNewlines)
        if let key = httpKey(text) { return key }
        if text.lowercased().hasPrefix("file:"), let file = URL(string: text), file.isFileURL {
            return "file:" + file.standardizedFileURL.path
        }
        return "file:" + ConfigLoader.resolve(text, against: base, isDirectory: false).path
    }

    private static func httpKey(_ text: String) -> String? {
        guard var components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return nil }
        components.scheme = scheme
        components.host = host.lowercased()
        if components.port == (scheme == "http" ? 80 : 443) { components.port = nil }
        while components.path.hasSuffix("/") { components.path.removeLast() }
        components.fragment = nil
        return components.string ?? text
    }

    /// An OPML `xmlUrl` as a config `url`: `feed://host/…` and `feed:https://…` (old
    /// browsers' subscribe scheme) become http(s); an http(s) URL and a relative path that
    /// stays inside the config's folder (what `sources export` writes for a local source)
    /// are kept. Anything else is `nil`: other schemes (`ftp:`, `javascript:`), and
    /// absolute, `~`, `..` and `file:` paths, since a list from elsewhere must not make the
    /// next build read an arbitrary file of this machine.
    static func configURL(fromOPML text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = trimmed.lowercased()
        if lowered.hasPrefix("feed:http://") || lowered.hasPrefix("feed:https://") {
            return configURL(fromOPML: String(trimmed.dropFirst("feed:".count)))
        }
        if lowered.hasPrefix("feed://") {
            return configURL(fromOPML: "http://" + trimmed.dropFirst("feed://".count))
        }
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            return ConfigFormat.isHTTPURL(trimmed) ? trimmed : nil
        }
        let scheme = trimmed.prefix { $0 != ":" && $0 != "/" }
        let hasScheme = scheme.count < trimmed.count && trimmed[scheme.endIndex] == ":"
        let components = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        let leaves =
            trimmed.hasPrefix("/") || trimmed.hasPrefix("~") || components.contains("..")
            || trimmed.contains("\0")
            || trimmed.contains("\\")
        return hasScheme || leaves || trimmed.isEmpty ? nil : trimmed
    }

    /// The host of an http(s) URL, for naming an outline that has neither title nor text.
    static func host(_ url: String) -> String? {
        guard let host = URLComponents(string: url)?.host, !host.isEmpty else { return nil }
        return host.lowercased()
    }
}
