import FeedModel
import FeedWriter
import Foundation
import Testing

/// RFC 5005 archive links in every format: archive pages say `fh:archive` (JSON Feed:
/// `_rfc5005.archive`) and link `current`, `prev-archive` and `next-archive`; the
/// subscription feed only links `prev-archive`; without history nothing changes.
@Suite("RFC 5005 archive links in the written feeds")
struct WriterHistoryTests {
    static let page = HistoryLinks(
        isArchive: true, current: "https://news.example.com/feeds/rss.xml",
        prevArchive: "https://news.example.com/feeds/archive/rss-1.xml",
        nextArchive: "https://news.example.com/feeds/archive/rss-3.xml")

    func render(_ format: FeedFormat, history: HistoryLinks?) throws -> String {
        var context = WriteContext(timeZone: SampleFeeds.moscow, selfURL: "https://news.example.com/feeds/x")
        context.history = history
        return String(
            decoding: try FeedRenderer.render(SampleFeeds.kitchenSink, as: format, context: context),
            as: UTF8.self)
    }

    @Test func rssPageHasTheHistoryNamespaceFlagAndAtomLinks() throws {
        let rss = try render(.rss, history: Self.page)
        #expect(rss.contains("xmlns:fh=\"http://purl.org/syndication/history/1.0\""))
        #expect(rss.contains("<fh:archive/>"))
        for (rel, href) in [
            ("current", "rss.xml"), ("prev-archive", "archive/rss-1.xml"),
            ("next-archive", "archive/rss-3.xml"),
        ] {
            #expect(
                rss.contains(
                    "<atom:link href=\"https://news.example.com/feeds/\(href)\" rel=\"\(rel)\" "
                        + "type=\"application/rss+xml\"/>"))
        }
        let flag = try #require(rss.range(of: "<fh:archive/>"))
        let firstItem = try #require(rss.range(of: "<item>"))
        #expect(flag.upperBound < firstItem.lowerBound)
    }

    @Test func atomPageHasTheFlagAndFeedLinks() throws {
        let atom = try render(.atom, history: Self.page)
        #expect(atom.contains("xmlns:fh=\"http://purl.org/syndication/history/1.0\""))
        #expect(atom.contains("<fh:archive/>"))
        #expect(atom.contains("rel=\"prev-archive\" type=\"application/atom+xml\"/>"))
        #expect(atom.contains("rel=\"next-archive\""))
        #expect(atom.contains("rel=\"current\""))
    }

    @Test func jsonPageCarriesTheLinksInItsExtensionObject() throws {
        let json = try render(.json, history: Self.page)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let history = try #require(object[HistoryLinks.jsonExtensionKey] as? [String: Any])
        #expect(history["archive"] as? Bool == true)
        #expect(history["current"] as? String == Self.page.current)
        #expect(history["prev-archive"] as? String == Self.page.prevArchive)
        #expect(history["next-archive"] as? String == Self.page.nextArchive)
    }

    @Test("the subscription feed links only its newest archive page", arguments: FeedFormat.allCases)
    func subscriptionFeed(format: FeedFormat) throws {
        let text = try render(
            format, history: HistoryLinks(isArchive: false, prevArchive: "https://news.example.com/a/p-9"))
        #expect(text.contains("https://news.example.com/a/p-9"))
        #expect(!text.contains("fh:archive") && !text.contains("\"archive\": true"))
        #expect(
            !text.contains("next-archive") && !text.contains("rel=\"current\"")
                && !text.contains("\"current\":"))
    }

    @Test("without history the feed is exactly as before", arguments: FeedFormat.allCases)
    func noHistoryChangesNothing(format: FeedFormat) throws {
        let context = WriteContext(timeZone: SampleFeeds.moscow, selfURL: "https://news.example.com/feeds/x")
        let plain = try FeedRenderer.render(SampleFeeds.kitchenSink, as: format, context: context)
        #expect(try render(format, history: nil) == String(decoding: plain, as: UTF8.self))
        #expect(!String(decoding: plain, as: UTF8.self).contains("prev-archive"))
    }
}
