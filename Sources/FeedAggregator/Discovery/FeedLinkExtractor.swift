import FeedHTML
public import Foundation

/// The feeds a web page declares with `<link rel="alternate" type="…" href="…">`.
///
/// `rel` is a list of tokens separated by whitespace, compared without case; the type is
/// compared without case and without parameters (`; charset=utf-8`). Each `href` is resolved
/// against the page's first `<base href>` (itself resolved against the page's URL), or the
/// page's URL; only http and https results are kept, so a `javascript:` link is no feed.
public enum FeedLinkExtractor {
    /// The media types that announce a feed; `application/json` is how many sites announce
    /// a JSON Feed.
    public static let feedTypes: Set<String> = [
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json",
        "application/rdf+xml",
    ]

    /// The declared feeds of `page`, each URL once, in document order. `pageURL` is the
    /// URL the page was read from after redirects; without it and without a `<base>`, a
    /// relative link is reported as written.
    public static func feeds(in page: Data, pageURL: String?) -> [DiscoveredFeed] {
        let elements = HTMLDocumentElements.elements(named: ["link", "base"], in: page)
        let base = baseURL(of: elements, pageURL: pageURL)
        var seen = Set<String>()
        return elements.compactMap { feed(from: $0, base: base) }.filter { seen.insert($0.url).inserted }
    }

    /// The first `<base href>` resolved against the page's URL, else the page's URL.
    private static func baseURL(of elements: [HTMLElement], pageURL: String?) -> URL? {
        let page = pageURL.flatMap { URL(string: $0) }
        let declared = elements.first { $0.name == "base" && $0.attributes["href"] != nil }
        guard let href = declared?.attributes["href"].map(trimmed), !href.isEmpty else { return page }
        return URL(string: href, relativeTo: page)?.absoluteURL ?? page
    }

    private static func feed(from element: HTMLElement, base: URL?) -> DiscoveredFeed? {
        guard element.name == "link", let href = element.attributes["href"].map(trimmed), !href.isEmpty
        else { return nil }
        let rels = (element.attributes["rel"] ?? "").lowercased().split(whereSeparator: isHTMLSpace)
        let type = mediaType(element.attributes["type"] ?? "")
        guard rels.contains("alternate"), feedTypes.contains(type), let url = resolve(href, against: base)
        else { return nil }
        let title = element.attributes["title"].map(trimmed).flatMap { $0.isEmpty ? nil : $0 }
        return DiscoveredFeed(url: url, type: type, title: title, via: .link)
    }

    /// `href` made absolute, with the scheme and host lowercased so that one feed spelled
    /// in two cases is listed once; `nil` when it is not http(s) or cannot be read as a URL.
    static func resolve(_ href: String, against base: URL?) -> String? {
        guard let url = URL(string: href, relativeTo: base)?.absoluteURL else { return nil }
        guard let scheme = url.scheme?.lowercased() else { return base == nil ? href : nil }
        guard scheme == "http" || scheme == "https",
            var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        else { return nil }
        components.scheme = scheme
        components.percentEncodedHost = components.percentEncodedHost?.lowercased()
        return components.string
    }

    /// `Application/RSS+XML; charset=UTF-8` → `application/rss+xml`.
    static func mediaType(_ value: String) -> String {
        let essence = value.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return trimmed(String(essence)).lowercased()
    }

    private static func trimmed(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// HTML's ASCII whitespace, which separates the tokens of `rel`.
    private static func isHTMLSpace(_ character: Character) -> Bool {
        [" ", "\t", "\n", "\r", "\u{0C}"].contains(character)
    }
}
