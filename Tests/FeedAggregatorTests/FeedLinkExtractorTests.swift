import FeedAggregator
import FeedTestSupport
import Foundation
import Testing

/// Each `Fixtures/discover/*.html` page against its `.tsv`: a `page` row with the URL the
/// page is read from (`\e` for a file without one), then one row per feed expected, in order.
@Suite("Feeds declared by web pages")
struct FeedLinkExtractorTests {
    static let directory = DedupTables.fixtures.appendingPathComponent("discover")
    static let pages = Fixtures.files(in: directory, withExtension: "html")

    @Test("the glob finds the pages, each with its expectations")
    func fixturesExist() {
        #expect(Self.pages.count >= 10)
        for page in Self.pages {
            let table = page.deletingPathExtension().appendingPathExtension("tsv")
            #expect(
                FileManager.default.fileExists(atPath: table.path), "\(page.lastPathComponent) lacks a .tsv")
        }
    }

    @Test("a page's declared feeds, resolved, each once, in document order", arguments: pages)
    func declaredFeeds(page: URL) throws {
        let (pageURL, expected) = try Self.expectations(for: page)
        let found = FeedLinkExtractor.feeds(in: try Data(contentsOf: page), pageURL: pageURL)
        #expect(found == expected, "\(page.lastPathComponent)")
    }

    @Test("discovery reports a page's links with via link and no guess")
    func pageDiscovery() throws {
        let page = Self.directory.appendingPathComponent("two-links.html")
        let discovery = FeedDiscoverer.discover(
            page: try Data(contentsOf: page), pageURL: "https://example.org/blog/", name: "page")
        #expect(discovery.feeds.map(\.via) == [.link, .link])
        #expect(discovery.checked.isEmpty)
    }

    @Test(
        "a feed given as the page is reported as itself, with its type and title",
        arguments: [
            ("atom.xml", "application/atom+xml", "A feed given where a page was expected"),
            ("rss.xml", "application/rss+xml", "RSS given where a page was expected"),
        ])
    func feedItself(file: String, type: String, title: String) throws {
        let feed = Self.directory.appendingPathComponent("feeds/\(file)")
        let discovery = FeedDiscoverer.discover(
            page: try Data(contentsOf: feed), pageURL: "https://example.org/\(file)", name: file)
        #expect(
            discovery.feeds == [
                DiscoveredFeed(url: "https://example.org/\(file)", type: type, title: title, via: .this)
            ])
    }

    @Test("the common locations are on the page's origin, in the documented order")
    func commonLocations() {
        #expect(
            FeedDiscoverer.commonLocations(of: "http://127.0.0.1:8080/deep/page.html?x=1")
                == [
                    "http://127.0.0.1:8080/feed", "http://127.0.0.1:8080/rss.xml",
                    "http://127.0.0.1:8080/atom.xml",
                    "http://127.0.0.1:8080/feed.json", "http://127.0.0.1:8080/index.xml",
                ])
    }

    /// The page URL and the feeds a page's table expects.
    static func expectations(for page: URL) throws -> (String?, [DiscoveredFeed]) {
        let table = page.deletingPathExtension().appendingPathExtension("tsv")
        let rows = try FixtureRow.rows(of: table)
        guard let first = rows.first, first.fields.first == "page" else {
            throw FixtureError("\(table.lastPathComponent) must start with a page row")
        }
        let pageURL = try first.columns(2)[1]
        let feeds = try rows.dropFirst().map { row in
            let fields = try row.columns(3)
            return DiscoveredFeed(
                url: fields[0], type: fields[1], title: fields[2].isEmpty ? nil : fields[2], via: .link)
        }
        return (pageURL.isEmpty ? nil : pageURL, feeds)
    }
}
