import FeedTestSupport
import FeedwrightKit
import Foundation
import Testing

@Suite("Publishing the sample site")
struct PublisherTests {
    static let goldens = Fixtures.sourceDirectory().appendingPathComponent("Goldens")

    @Test("golden output", arguments: ["rss.xml", "atom.xml", "feed.json"])
    func goldenOutput(file: String) async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        _ = try await site.build(try site.config())
        try Golden.check(try site.output(file), named: "sample-\(file)", in: Self.goldens)
    }

    @Test func aSecondRunChangesNoByte() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try site.config()
        let first = try await site.build(config)
        let bytes = try ["rss.xml", "atom.xml", "feed.json"].map(site.output)
        let second = try await site.build(config, now: { FixedClock.instant.addingTimeInterval(86_400) })
        #expect(first.files.allSatisfy { $0.changed })
        #expect(second.files.allSatisfy { !$0.changed })
        #expect(try ["rss.xml", "atom.xml", "feed.json"].map(site.output) == bytes)
    }

    @Test func maxItemsKeepsTheNewest() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try site.config { object in
            var feed = object["feed"] as! [String: Any]
            feed["maxItems"] = 3
            object["feed"] = feed
        }
        let report = try await site.build(config)
        #expect(report.itemCount == 3)
        let json = try JSONSerialization.jsonObject(with: Data(site.output("feed.json"))) as! [String: Any]
        let dates = (json["items"] as! [[String: Any]]).map { $0["date_published"] as! String }
        #expect(
            dates == ["2025-05-12T18:00:00+03:00", "2025-05-12T16:45:00+03:00", "2025-05-10T12:44:00+03:00"])
    }

    @Test func forbiddenCharactersAreDroppedWithAWarningNamingTheLine() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        try site.writeSeed("001_controls.txt", "Лента\n13.05.2025, 09:00 Звонок\u{07} в дверь\n")
        let report = try await site.build(try site.config())
        let warning = try #require(report.warnings.first { $0.message.contains("XML 1.0 forbids") })
        #expect(warning.location.hasSuffix("seeds/001_controls.txt:2"))
        let rss = String(decoding: try site.output("rss.xml"), as: UTF8.self)
        #expect(rss.contains("<title>Звонок в дверь</title>"))
    }

    @Test func theSameHeadlineInTwoSnapshotsIsOneItem() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        try site.writeSeed(
            "001_later.txt",
            "Последние новости\n12.05.2025, 16:45 Россия – это не про лавандовый раф: «X5 Клуб» изучил предпочтения россиян в кофе\n"
        )
        #expect(try await site.build(try site.config()).itemCount == 11)
    }
}
