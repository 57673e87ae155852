import FeedModel
import FeedWriter
import Foundation
import Testing

/// WebSub discovery: each hub of the context is named in every format beside the self
/// link, in order, and nothing at all is added when there is no hub.
@Suite("WebSub hubs in the written feeds")
struct WriterHubTests {
    static let hubs = ["https://pubsubhubbub.appspot.com/", "https://hub.example.net/p?a=1&b=2"]

    func render(_ format: FeedFormat, hubs: [String]) throws -> String {
        var context = WriteContext(timeZone: SampleFeeds.moscow, selfURL: "https://news.example.com/feeds/x")
        context.hubs = hubs
        return String(
            decoding: try FeedRenderer.render(SampleFeeds.kitchenSink, as: format, context: context),
            as: UTF8.self)
    }

    @Test func rssNamesEachHubAfterItsSelfLink() throws {
        let rss = try render(.rss, hubs: Self.hubs)
        let own = try #require(rss.range(of: "rel=\"self\""))
        let first = try #require(
            rss.range(of: "<atom:link href=\"https://pubsubhubbub.appspot.com/\" rel=\"hub\"/>"))
        let second = try #require(
            rss.range(of: "<atom:link href=\"https://hub.example.net/p?a=1&amp;b=2\" rel=\"hub\"/>"))
        #expect(own.upperBound < first.lowerBound && first.upperBound < second.lowerBound)
    }

    @Test func atomNamesEachHubAsAFeedLink() throws {
        let atom = try render(.atom, hubs: Self.hubs)
        #expect(atom.contains("<link href=\"https://pubsubhubbub.appspot.com/\" rel=\"hub\"/>"))
        #expect(atom.contains("<link href=\"https://hub.example.net/p?a=1&amp;b=2\" rel=\"hub\"/>"))
    }

    @Test func jsonFeedListsTheHubsAsWebSub() throws {
        let json = try render(.json, hubs: Self.hubs)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let hubs = try #require(object["hubs"] as? [[String: String]])
        #expect(hubs == Self.hubs.map { ["type": "WebSub", "url": $0] })
    }

    @Test("without hubs the feed is exactly as before", arguments: FeedFormat.allCases)
    func noHubChangesNothing(format: FeedFormat) throws {
        let context = WriteContext(timeZone: SampleFeeds.moscow, selfURL: "https://news.example.com/feeds/x")
        let plain = try FeedRenderer.render(SampleFeeds.kitchenSink, as: format, context: context)
        #expect(try render(format, hubs: []) == String(decoding: plain, as: UTF8.self))
        let text = String(decoding: plain, as: UTF8.self)
        #expect(!text.contains("rel=\"hub\"") && !text.contains("\"hubs\""))
    }
}
