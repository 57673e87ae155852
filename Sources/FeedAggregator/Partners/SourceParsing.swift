import FeedModel
import FeedParser
import Foundation

/// Parses a source's document into entries that credit the source.
struct SourceParsing {
    var source: PartnerSource

    struct Parsed {
        var entries: [Entry]
        var diagnostics: SourceDiagnostics
        /// The feed's own title and home page, for `merge`'s output header.
        var title: String
        var homePage: String?
    }

    func parse(_ document: SourceDocument) -> Result<Parsed, FeedParseError> {
        var options = ParseOptions(
            defaultTimeZone: source.timeZone ?? TimeZone(identifier: "UTC")!,
            documentURL: document.documentURL, httpCharset: document.charset)
        options.deferSanitizing = true
        // Reading stops at 10,000 items (a hostile million-item feed stays bounded), or at
        // the source's `maxItems` when that keeps more: a configured limit must be reachable.
        options.maxEntries = max(ParseOptions.defaultMaxEntries, source.maxItems)
        var parsed: ParsedFeed
        do {
            parsed = try Parser.parse(document.body, options: options)
        } catch {
            return .failure(error)
        }
        let homePage = parsed.feed.links.first { $0.rel == "alternate" }?.href
        let origin = Origin(
            name: source.name, feedURL: document.discoveredFeed ?? creditedURL(parsed.feed),
            siteURL: homePage.flatMap { $0.lowercased().hasPrefix("http") ? $0 : nil })
        // Taken out of the parsed feed so that crediting each entry changes it in place
        // instead of copying all of them.
        var entries = parsed.feed.entries
        parsed.feed.entries = []
        for index in entries.indices { entries[index].origin = origin }
        return .success(
            Parsed(
                entries: entries, diagnostics: SourceDiagnostics(parsed, entriesRead: entries.count),
                title: parsed.feed.title,
                homePage: homePage))
    }

    /// The URL merged items credit: the configured one for HTTP; for a local file, the
    /// feed's own self link or home page, since a local path means nothing to a reader.
    private func creditedURL(_ feed: Feed) -> String {
        switch source.location {
        case .http(let url): return url.absoluteString
        case .file(let url):
            let links = ["self", "alternate"].lazy.compactMap { rel in
                feed.links.first { $0.rel == rel }?.href
            }
            return links.first { $0.lowercased().hasPrefix("http") } ?? url.absoluteString
        }
    }
}
