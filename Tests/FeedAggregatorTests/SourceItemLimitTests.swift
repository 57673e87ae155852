import FeedParser
import Foundation
import Testing

@testable import FeedAggregator

/// A partner document is read up to the parser's 10,000 items, or up to the source's own
/// `maxItems` when that is more: a configured limit must be reachable, and a hostile
/// million-item feed must stay bounded.
@Suite("Source item limit")
struct SourceItemLimitTests {
    static let document = SourceDocument(body: rss(items: ParseOptions.defaultMaxEntries + 5))

    @Test func aSourceIsReadUpToTheParserLimit() throws {
        let source = PartnerSource(name: "Wire", location: .file(URL(fileURLWithPath: "/wire.xml")))
        let parsed = try SourceParsing(source: source).parse(Self.document).get()
        #expect(parsed.entries.count == ParseOptions.defaultMaxEntries)
        let limit = try #require(parsed.diagnostics.itemLimit)
        #expect(limit == .init(limit: 10_000, read: 10_000, inDocument: 10_005))
        #expect(parsed.diagnostics.summary == "read 10,000 of 10,005 items (item limit 10,000)")
        #expect(parsed.diagnostics.first.map(\.code) == [.limitExceeded])
    }

    @Test func aLargerMaxItemsRaisesTheLimit() throws {
        let source = PartnerSource(
            name: "Wire", location: .file(URL(fileURLWithPath: "/wire.xml")), maxItems: 20_000)
        let parsed = try SourceParsing(source: source).parse(Self.document).get()
        #expect(parsed.entries.count == ParseOptions.defaultMaxEntries + 5)
        #expect(parsed.diagnostics == SourceDiagnostics())
    }

    private static func rss(items: Int) -> Data {
        let body = (0..<items).map { "<item><title>Story \($0)</title><guid>urn:s:\($0)</guid></item>" }
        return Data(
            (#"<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>"#
                + body.joined() + "</channel></rss>").utf8)
    }
}
