import FeedModel
import FeedTestSupport
import FeedWriter
import FeedXML
import Foundation
import Testing

@Suite("What each format says about an entry")
struct WriterContentTests {
    let context = WriteContext(
        timeZone: SampleFeeds.moscow, selfURL: "https://news.example.com/feeds/rss.xml")

    func render(_ format: FeedFormat, _ feed: Feed = SampleFeeds.kitchenSink) throws -> String {
        String(decoding: try FeedRenderer.render(feed, as: format, context: context), as: UTF8.self)
    }

    @Test func rssDatesCarryTheZoneOffset() throws {
        let rss = try render(.rss)
        #expect(rss.contains("<pubDate>Mon, 12 May 2025 16:45:00 +0300</pubDate>"))
        #expect(rss.contains("<pubDate>Sat, 01 Jun 2013 12:00:00 +0400</pubDate>"))
        #expect(rss.contains("<lastBuildDate>Mon, 12 May 2025 16:45:00 +0300</lastBuildDate>"))
    }

    @Test func atomAndJSONUseRFC3339WithOffset() throws {
        #expect(try render(.atom).contains("<published>2025-05-12T16:45:00+03:00</published>"))
        #expect(try render(.json).contains("\"date_published\": \"2025-05-12T16:45:00+03:00\""))
        #expect(try render(.atom).contains("<updated>2013-06-01T12:00:00+04:00</updated>"))
    }

    @Test func markupCharactersAreEscapedAndCyrillicStaysLiteral() throws {
        let rss = try render(.rss)
        #expect(
            rss.contains("<title>Россия – это не про лавандовый раф: «X5 Клуб» &amp; &lt;кофе&gt;</title>"))
        #expect(!rss.contains("&#"))
    }

    @Test func cdataTerminatorInContentCannotEndTheSection() throws {
        let bytes = try FeedRenderer.render(SampleFeeds.kitchenSink, as: .rss, context: context)
        let rss = String(decoding: bytes, as: UTF8.self)
        #expect(rss.contains("<![CDATA[<p>Текст ]]]]><![CDATA[> внутри</p>"))
        #expect(XMLWellFormedness.check(bytes).ok)
    }

    @Test func guidIsPermalinkOnlyWhenItIsTheLink() throws {
        let rss = try render(.rss)
        #expect(rss.contains("<guid isPermaLink=\"true\">https://news.example.com/a/1</guid>"))
        #expect(rss.contains("<guid isPermaLink=\"false\">tag:news.example.com,2025:headlines/"))
    }

    @Test func mergedEntriesNameTheirSource() throws {
        #expect(try render(.rss).contains("<source url=\"https://partner.example.org/rss\">Партнёр</source>"))
        #expect(try render(.atom).contains("<source>"))
        #expect(try render(.json).contains("\"source_name\": \"Партнёр\""))
    }

    @Test func entriesWithoutContentStillSatisfyTheirFormat() throws {
        // Atom needs content or an alternate link; JSON Feed needs content_html or content_text.
        let atom = try render(.atom)
        #expect(atom.contains("<content>Заголовок 2013 года (UTC+4)</content>"))
        let json = try render(.json)
        #expect(json.contains("\"content_text\": \"Заголовок 2013 года (UTC+4)\""))
    }

    @Test func jsonEscapesControlAndQuoteCharacters() throws {
        var feed = SampleFeeds.empty
        feed.entries = [Entry(id: "x", title: "a \"quoted\" \\ line\nnext\u{2028}")]
        let json = try render(.json, feed)
        #expect(json.contains(#""title": "a \"quoted\" \\ line\nnext\u2028""#))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let items = try #require(parsed?["items"] as? [[String: Any]])
        #expect(items.first?["title"] as? String == "a \"quoted\" \\ line\nnext\u{2028}")
    }
}
