/// The `Content-Type` of a served file, from its name: the three feeds by their configured
/// names, everything else by its extension.
struct MediaTypes: Sendable {
    /// File name → media type for the feeds, whose names `config.json` chooses.
    private let feeds: [String: String]

    /// The types for feeds named `rss`, `atom` and `json` in the output directory.
    init(rss: String, atom: String, json: String) {
        feeds = [
            rss: "application/rss+xml; charset=utf-8",
            atom: "application/atom+xml; charset=utf-8",
            json: "application/feed+json; charset=utf-8",
        ]
    }

    /// The type for `relativePath` (`/`-separated, inside the output directory); only the
    /// feeds at the top of the directory get the feed types.
    func type(of relativePath: String) -> String {
        if let feed = feeds[relativePath] { return feed }
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return Self.unknown }
        return Self.byExtension[name[name.index(after: dot)...].lowercased()] ?? Self.unknown
    }

    /// Whether gzip is worth the work: text compresses, images and archives do not.
    static func isCompressible(_ type: String) -> Bool {
        type.hasPrefix("text/") || type.hasPrefix("application/") && type != unknown
            || type.hasPrefix("image/svg+xml")
    }

    /// Bytes whose kind we do not know: browsers download them rather than guess.
    static let unknown = "application/octet-stream"

    private static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8",
        "htm": "text/html; charset=utf-8",
        "xml": "application/xml; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "opml": "text/x-opml; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "svg": "image/svg+xml; charset=utf-8",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
    ]
}
