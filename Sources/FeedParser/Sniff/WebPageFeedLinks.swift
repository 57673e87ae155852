import Foundation

/// The feeds a web page announces (`<link rel="alternate" type="application/rss+xml"
/// href="…">` and the Atom and JSON Feed types), resolved against its `<base href>` and
/// the document's URL: what to tell a user who gave a page where a feed was expected.
///
/// A small scan of the markup rather than a parse: it reads tags up to `<body>` (where
/// `link` and `base` belong), skips comments and the content of `script`, `style`,
/// `title`, `textarea`, `template` and `noscript`, reads attributes quoted or not with
/// names in any case, and decodes the character references an `href` holds. It never
/// builds a tree and reads at most `scanLimit` bytes.
enum WebPageFeedLinks {
    static let scanLimit = 1 << 20
    static let feedTypes: Set<String> = [
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json",
    ]

    /// The feed URLs, each once, in document order.
    static func links(in bytes: UnsafeRawBufferPointer, documentURL: String?) -> [String] {
        var base: String?
        var hrefs: [String] = []
        forEachTag(in: UnsafeRawBufferPointer(rebasing: bytes.prefix(scanLimit))) { name, attributes in
            switch name {
            case "base" where base == nil:
                base = attributes["href"].map { URLResolution.resolve($0, against: documentURL) }
            case "link":
                let rels = (attributes["rel"] ?? "").lowercased().split(whereSeparator: \.isWhitespace)
                let type =
                    (attributes["type"] ?? "").lowercased().split(separator: ";").first
                    .map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                if rels.contains("alternate"), feedTypes.contains(type), let href = attributes["href"],
                    !href.isEmpty, !URLResolution.hasUnsafeScheme(href)
                {
                    hrefs.append(href)
                }
            default: break
            }
        }
        var seen = Set<String>()
        return hrefs.map { URLResolution.resolve($0, against: base ?? documentURL) }.filter {
            seen.insert($0).inserted
        }
    }

    /// Calls `visit` with each start tag's lowercased name and attributes until `<body>`.
    private static func forEachTag(
        in bytes: UnsafeRawBufferPointer, _ visit: (String, [String: String]) -> Void
    ) {
        var cursor = TagCursor(bytes: bytes)
        while let name = cursor.nextStartTag() {
            if name == "body" { return }
            let attributes = cursor.attributes()
            visit(name, attributes)
            if rawTextElements.contains(name) { cursor.skipPastEndTag(name) }
        }
    }

    private static let rawTextElements: Set<String> = [
        "script", "style", "title", "textarea", "template", "noscript",
    ]
}
