import FeedModel
import FeedSite
import Foundation

/// Small feeds built in code, for tests that need one property at a time.
enum SiteSamples {
    static let moscow = TimeZone(identifier: "Europe/Moscow")!
    static let settings = SiteSettings(timeZone: moscow)

    /// 2025-05-10T12:00:00Z plus `minutes`.
    static func date(minutes: Int = 0) -> Date {
        Date(timeIntervalSince1970: 1_746_878_400 + Double(minutes * 60))
    }

    static func headline(_ id: String, title: String = "Headline", at date: Date? = date()) -> Entry {
        Entry(id: id, title: title, published: date, updated: date)
    }

    static func article(
        _ id: String, title: String = "Article", content: Text = .html("<p>Body.</p>"),
        rubric: String = "Politics",
        at date: Date? = date()
    ) -> Entry {
        Entry(
            id: id, title: title, content: content, published: date,
            categories: [Category(term: rubric)])
    }

    static func partner(_ id: String, title: String = "Partner item", link: String, at date: Date? = date())
        -> Entry
    {
        Entry(
            id: id, title: title, links: [Link(href: link)], content: .html("<p>Theirs.</p>"),
            published: date,
            origin: Origin(name: "Wire", feedURL: "https://wire.example.net/feed.xml"))
    }

    static func feed(_ entries: [Entry], language: String? = "en") -> Feed {
        Feed(
            id: "https://news.example.com/", title: "News", links: [Link(href: "https://news.example.com/")],
            language: language, entries: entries)
    }

    /// Renders `feed` with the default templates and returns each page's text by path.
    static func pages(_ feed: Feed, settings: SiteSettings = settings) throws -> [String: String] {
        let pages = try SiteRenderer(settings: settings).render(feed)
        return Dictionary(
            uniqueKeysWithValues: pages.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }
}
