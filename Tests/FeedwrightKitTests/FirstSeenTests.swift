import FeedTestSupport
import FeedwrightKit
import Foundation
import Testing

@Suite("An article without a date")
struct FirstSeenTests {
    static let articleTitle = "Работа с гражданским обществом должна быть радикально перестроена в Казахстане"

    func unpinned(_ site: SiteSandbox) throws -> FeedwrightConfig {
        try site.config { $0.removeValue(forKey: "pinnedDates") }
    }

    func articleDate(_ site: SiteSandbox) throws -> String? {
        let json = try JSONSerialization.jsonObject(with: Data(site.output("feed.json"))) as! [String: Any]
        let items = json["items"] as! [[String: Any]]
        return items.first { $0["title"] as? String == Self.articleTitle }?["date_published"] as? String
    }

    @Test func getsTheTimeItFirstAppearedWithAWarning() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let report = try await site.build(try unpinned(site))
        let warning = try #require(report.warnings.first)
        #expect(warning.location.hasSuffix("000_b01014d3eaefd666.txt:12"))
        #expect(warning.message.contains(Self.articleTitle))
        #expect(warning.message.contains("2026-01-15T12:30:00+03:00"))
        #expect(try articleDate(site) == "2026-01-15T12:30:00+03:00")
    }

    @Test func keepsThatTimeOnLaterRunsWithoutWarning() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try unpinned(site)
        _ = try await site.build(config)
        let later = try await site.build(config, now: { FixedClock.instant.addingTimeInterval(3 * 86_400) })
        #expect(later.warnings.isEmpty)
        #expect(try articleDate(site) == "2026-01-15T12:30:00+03:00")
    }

    @Test func survivesALostStateDatabaseThroughThePublishedFeed() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try unpinned(site)
        _ = try await site.build(config)
        try FileManager.default.removeItem(at: config.state.path.deletingLastPathComponent())
        let later = try await site.build(config, now: { FixedClock.instant.addingTimeInterval(86_400) })
        #expect(later.warnings.isEmpty)
        #expect(try articleDate(site) == "2026-01-15T12:30:00+03:00")
    }

    @Test func aPinnedDateWinsAndNeedsNoWarning() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let report = try await site.build(try site.config())
        #expect(report.warnings.isEmpty)
        #expect(try articleDate(site) == "2025-05-12T18:00:00+03:00")
    }
}
