import FeedDates
public import FeedModel
import FeedXML
public import Foundation

/// Turns a parsed seed page into feed entries.
///
/// Identity: the seed format gives a headline nothing but its minute and its title, so
/// those two are its identity and its `tag:` URI is built from them; an article is
/// identified by its title. The same headline in two snapshots of the page therefore gets
/// the same ID, and nothing random or clock-derived ever enters an ID.
public struct SeedImporter: Sendable {
    /// The zone the page's wall-clock times are read in.
    public var timeZone: TimeZone
    /// The `authority,date` part of `tag:` URIs (RFC 4151), e.g. `news.example.ru,2025`.
    public var tagAuthority: String

    /// An importer reading wall-clock times in `timeZone` and minting ids under `tagAuthority`.
    public init(timeZone: TimeZone, tagAuthority: String) {
        self.timeZone = timeZone
        self.tagAuthority = tagAuthority
    }

    /// Entries for every headline and the article. The article's `published` is left
    /// `nil`: the page does not give it, and only the caller knows a pinned or first-seen
    /// date.
    public func entries(from page: SeedPage) -> [Entry] {
        var entries = page.headlines.map(entry(for:))
        if let article = page.article { entries.append(entry(for: article)) }
        return entries
    }

    func entry(for headline: SeedHeadline) -> Entry {
        let instant = headline.localTime.instant(in: timeZone)
        return Entry(
            id: headlineID(headline),
            title: headline.title,
            published: instant,
            updated: instant
        )
    }

    func entry(for article: SeedArticle) -> Entry {
        Entry(
            id: "tag:\(tagAuthority):articles/\(StableHash.hex(article.title))",
            title: article.title,
            summary: .plain(article.paragraphs[0]),
            content: .html(ArticleHTML.render(article.paragraphs)),
            categories: [Category(term: article.rubric)]
        )
    }

    private func headlineID(_ headline: SeedHeadline) -> String {
        let time = headline.localTime
        let stamp = String(
            format: "%04d%02d%02d-%02d%02d", time.year, time.month, time.day, time.hour, time.minute)
        return "tag:\(tagAuthority):headlines/\(stamp)-\(StableHash.hex(headline.title))"
    }
}

/// The article body as an HTML fragment: one `<p>` per paragraph, text escaped.
enum ArticleHTML {
    static func render(_ paragraphs: [String]) -> String {
        paragraphs.map { "<p>\(MarkupEscaping.escaped($0, quotes: true))</p>" }.joined(separator: "\n")
    }
}

/// A short, stable fingerprint of a text for use inside identifiers: ``StableDigest`` over
/// the NFC UTF-8 bytes, so that the same title in either normalisation gives one id.
enum StableHash {
    static func hex(_ text: String) -> String {
        var digest = StableDigest()
        digest.add(bytes: text.precomposedStringWithCanonicalMapping.utf8)
        return digest.hex
    }
}
