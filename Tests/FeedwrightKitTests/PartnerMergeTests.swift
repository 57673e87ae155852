import FeedAggregator
import FeedState
import FeedTestSupport
import FeedwrightKit
import Foundation
import Testing

/// Partner sources read from files: the archive, the limits, failures and IDs.
@Suite struct PartnerMergeTests {
    private func site(sources: [[String: Any]]) throws -> (SiteSandbox, FeedwrightConfig) {
        let site = try SiteSandbox("sample")
        let config = try site.config {
            $0["sources"] = sources
            $0["seeds"] = nil
            var feed = $0["feed"] as! [String: Any]
            feed["title"] = "Partners only"
            $0["feed"] = feed
        }
        return (site, config)
    }

    private func partnerFile(_ site: SiteSandbox, _ name: String = "partner.xml") -> URL {
        site.root.appendingPathComponent(name)
    }

    private func titles(_ site: SiteSandbox) throws -> [String] {
        let json =
            try JSONSerialization.jsonObject(with: Data(try site.output("feed.json"))) as! [String: Any]
        return (json["items"] as! [[String: Any]]).map { $0["title"] as! String }
    }

    @Test func anItemThatLeavesThePartnerFeedStaysUntilMaxItemsPushesItOut() async throws {
        let (site, config) = try site(sources: [["name": "P", "url": "partner.xml", "maxItems": 3]])
        defer { site.remove() }
        try PartnerFeed.hourly("p", count: 3).write(to: partnerFile(site))
        _ = try await site.build(config)
        try PartnerFeed.hourly("p", count: 1).write(to: partnerFile(site))
        _ = try await site.build(config)
        #expect(try titles(site) == ["p story 0", "p story 1", "p story 2"])
        var newer = PartnerFeed.hourly("p", count: 1)
        newer.items.insert(
            .init(guid: "p-new", title: "p newest", date: "Mon, 12 May 2025 13:00:00 +0000"), at: 0)
        try newer.write(to: partnerFile(site))
        _ = try await site.build(config)
        #expect(try titles(site) == ["p newest", "p story 0", "p story 1"])
    }

    @Test func maxAgeDropsOldItems() async throws {
        let (site, config) = try site(sources: [["name": "P", "url": "partner.xml", "maxAge": "3h"]])
        defer { site.remove() }
        try PartnerFeed.hourly("p", count: 6).write(to: partnerFile(site))
        let now = Date(timeIntervalSince1970: 1_747_051_200 + 1800)  // 12 May 2025 12:30 UTC
        _ = try await site.build(config, now: { now })
        #expect(try titles(site) == ["p story 0", "p story 1", "p story 2"])
    }

    @Test func anUndatedItemKeepsItsFirstSeenDate() async throws {
        let (site, config) = try site(sources: [["name": "P", "url": "partner.xml"]])
        defer { site.remove() }
        try PartnerFeed(items: [.init(guid: "u", title: "Undated", date: nil)]).write(to: partnerFile(site))
        _ = try await site.build(config)
        let first = try site.output("rss.xml")
        _ = try await site.build(config, now: { FixedClock.instant.addingTimeInterval(86_400) })
        #expect(try site.output("rss.xml") == first)
        #expect(
            String(decoding: first, as: UTF8.self).contains(
                "<pubDate>Thu, 15 Jan 2026 12:30:00 +0300</pubDate>"))
    }

    @Test func aMissingPartnerFileIsAPartialBuildThatKeepsTheArchivedItems() async throws {
        let (site, config) = try site(sources: [["name": "P", "url": "partner.xml"]])
        defer { site.remove() }
        try PartnerFeed.hourly("p", count: 2).write(to: partnerFile(site))
        _ = try await site.build(config)
        try FileManager.default.removeItem(at: partnerFile(site))
        let report = try await site.build(config)
        #expect(report.isPartial)
        #expect(
            report.sources.first?.status == .failed("cannot read \(partnerFile(site).path): no such file"))
        #expect(try titles(site) == ["p story 0", "p story 1"])
    }

    @Test func aDisabledSourceIsNotReadAndNotAFailure() async throws {
        let (site, config) = try site(sources: [["name": "P", "url": "missing.xml", "enabled": false]])
        defer { site.remove() }
        let report = try await site.build(config)
        #expect(!report.isPartial)
        #expect(report.sources.first?.status == .disabled)
    }

    @Test func clashingIDsAreMadeUnique() async throws {
        let (site, config) = try site(sources: [
            ["name": "A", "url": "a.xml"], ["name": "B", "url": "b.xml"],
        ])
        defer { site.remove() }
        try PartnerFeed(items: [.init(guid: "1", title: "From A", date: "Mon, 12 May 2025 10:00:00 +0000")])
            .write(to: partnerFile(site, "a.xml"))
        try PartnerFeed(items: [.init(guid: "1", title: "From B", date: "Mon, 12 May 2025 11:00:00 +0000")])
            .write(to: partnerFile(site, "b.xml"))
        _ = try await site.build(config)
        let json =
            try JSONSerialization.jsonObject(with: Data(try site.output("feed.json"))) as! [String: Any]
        let ids = (json["items"] as! [[String: Any]]).map { $0["id"] as! String }
        #expect(ids == ["tag:news.example.com,2025:partner/B/1", "1"])
    }

    @Test func partnerHTMLIsSanitisedAndCredited() async throws {
        let (site, config) = try site(sources: [["name": "P", "url": "partner.xml"]])
        defer { site.remove() }
        try PartnerFeed.hourly("p", count: 1).write(to: partnerFile(site))
        _ = try await site.build(config)
        let rss = String(decoding: try site.output("rss.xml"), as: UTF8.self)
        #expect(!rss.contains("onclick"))
        #expect(rss.contains("<source url=\"https://partner.example/\">P</source>"))
    }

    @Test func aRemovedSourceIsForgotten() async throws {
        let (site, config) = try site(sources: [["name": "P", "url": "partner.xml"]])
        defer { site.remove() }
        try PartnerFeed.hourly("p", count: 2).write(to: partnerFile(site))
        _ = try await site.build(config)
        var without = config
        without.sources = []
        _ = try await site.build(without)
        let store = try StateStore(path: config.state.path)
        #expect(try store.archivedItems().isEmpty)
        #expect(try titles(site).isEmpty)
    }
}
