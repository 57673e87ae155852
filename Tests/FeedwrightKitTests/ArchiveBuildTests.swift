import FeedState
import FeedTestSupport
import FeedwrightKit
import Foundation
import Testing

/// `output.archive` in whole builds of the sample site: what leaves the feed is archived
/// once and never comes back, the state holds it, closed pages are neither read nor
/// rewritten, and a dry run changes nothing.
@Suite("RFC 5005 archive builds")
struct ArchiveBuildTests {
    static let base = "https://news.example.com/feeds/"

    func config(_ site: SiteSandbox, maxItems: Int, pageSize: Int = 2) throws -> FeedwrightConfig {
        try site.config { object in
            var feed = object["feed"] as! [String: Any]
            feed["maxItems"] = maxItems
            object["feed"] = feed
            var output = object["output"] as! [String: Any]
            output["archive"] = ["pageSize": pageSize]
            object["output"] = output
        }
    }

    func archived(_ site: SiteSandbox) throws -> Int {
        try StateStore(path: site.root.appendingPathComponent(".feedwright/state.sqlite")).feedArchiveCount()
    }

    func jsonFeed(_ site: SiteSandbox, _ name: String = "feed.json") throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(try site.output(name))) as! [String: Any]
    }

    @Test func itemsPushedOutAreArchivedAndTheFeedLinksTheNewestPage() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let all = try await site.build(try site.config()).itemCount
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("feeds"))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(".feedwright"))
        let report = try await site.build(try config(site, maxItems: 4))
        let archive = try #require(report.archive)
        #expect(report.itemCount == 4)
        let stored = try archived(site)
        #expect(archive.items == all - 4 && archive.added == all - 4 && stored == all - 4)
        let pages = (all - 4 + 1) / 2
        #expect(archive.pages == pages && archive.files.count == 3 * pages)
        let history = try #require(try jsonFeed(site)["_rfc5005"] as? [String: String])
        #expect(history == ["prev-archive": Self.base + "archive/feed-\(pages).json"])
        let again = try await site.build(try config(site, maxItems: 4))
        #expect(again.archive?.added == 0)
        // Nothing left the feed: no page is rendered, not even the open one.
        #expect(again.archive?.files.isEmpty == true)
        let open = "feeds/archive/atom-\(pages).xml"
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(open))
        let restored = try await site.build(try config(site, maxItems: 4))
        #expect(restored.archive?.files.map(\.path).map { $0.hasSuffix(open) } == [true])
    }

    @Test func anArchivedItemNeverComesBackIntoTheFeed() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let first = try await site.build(try config(site, maxItems: 4))
        let second = try await site.build(try config(site, maxItems: 50))
        #expect(second.itemCount == 4 && second.archive?.items == first.archive?.items)
        let ids = Set((try jsonFeed(site)["items"] as! [[String: Any]]).map { $0["id"] as! String })
        #expect(ids.count == 4)
    }

    @Test func closedPagesAreNeitherReadNorRewrittenButComeBackWhenDeleted() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        _ = try await site.build(try config(site, maxItems: 4))
        let folder = site.root.appendingPathComponent("feeds/archive")
        let original = try Data(contentsOf: folder.appendingPathComponent("rss-1.xml"))
        try Data("tampered".utf8).write(to: folder.appendingPathComponent("atom-1.xml"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("rss-1.xml"))
        try site.writeSeed("zz.txt", "Последние новости\n01.06.2025, 10:00 Новая новость дня\n")
        let report = try await site.build(try config(site, maxItems: 4))
        #expect(report.archive?.added == 1)
        #expect(try Data(contentsOf: folder.appendingPathComponent("rss-1.xml")) == original)
        #expect(try Data(contentsOf: folder.appendingPathComponent("atom-1.xml")) == Data("tampered".utf8))
    }

    @Test func aDryRunArchivesNothing() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let report = try await Publisher(config: try config(site, maxItems: 4), now: FixedClock.now).run(
            dryRun: true)
        #expect((report.archive?.added ?? 0) > 0 && report.archive?.files.allSatisfy(\.changed) == true)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("feeds").path))
        let stored = try archived(site)
        #expect(stored == 0)
    }

    @Test func aLostStateDatabaseGetsTheArchiveBackFromThePublishedPages() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let first = try await site.build(try config(site, maxItems: 4))
        let total = try #require(first.archive?.items)
        let folder = site.root.appendingPathComponent("feeds/archive")
        // The open page is rendered again from what was read back; the closed ones are kept.
        let open = "-\(try #require(first.archive?.pages))."
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter {
            !$0.contains(open)
        }
        #expect(names.count == 3 * (try #require(first.archive?.pages) - 1))
        let before = try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(".feedwright"))
        let second = try await site.build(try config(site, maxItems: 4))
        #expect(second.archive?.recovered == total && second.archive?.added == 0 && second.itemCount == 4)
        #expect(second.warnings.contains { $0.message.contains("read \(total) archived items back") })
        let after = try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        #expect(after == before)
        let stored = try archived(site)
        #expect(stored == total)
    }

    @Test func digestsThatDoNotMatchTheArchiveAreRebuilt() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let first = try await site.build(try config(site, maxItems: 4))
        // Digests that do not match the archive (another version's, or none) are rebuilt.
        var changes = StateChanges()
        changes.feedArchiveDigests = Data()
        try StateStore(path: site.root.appendingPathComponent(".feedwright/state.sqlite")).apply(changes)
        let second = try await site.build(try config(site, maxItems: 50))
        #expect(second.itemCount == 4 && second.archive?.items == first.archive?.items)
    }
}
