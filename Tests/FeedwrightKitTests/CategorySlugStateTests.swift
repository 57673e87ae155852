import FeedState
import FeedTestSupport
import FeedwrightKit
import Foundation
import Testing

/// A rubric's slug is recorded in the state store with the build that first publishes it, and
/// every later build takes it from there: neither a change of the rules nor another rubric
/// ever moves a published rubric feed.
@Suite("Rubric slugs in the state store")
struct CategorySlugStateTests {
    func categoriesOn(_ site: SiteSandbox) throws -> FeedwrightConfig {
        try site.config { object in
            var output = object["output"] as! [String: Any]
            output["categories"] = true
            object["output"] = output
        }
    }

    func record(_ key: String, _ slug: String) -> CategorySlugRecord {
        CategorySlugRecord(nameKey: key, slug: slug, firstPublished: FixedClock.now())
    }

    @Test func aBuildRecordsTheSlugAndTheNextBuildRewritesNothing() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try categoriesOn(site)
        let first = try await site.build(config)
        #expect(
            first.categoryFiles.map { URL(fileURLWithPath: $0.path).lastPathComponent } == [
                "rss.xml", "atom.xml", "feed.json",
            ])
        #expect(first.categoryFiles.allSatisfy { $0.changed && $0.path.contains("categories/politika/") })
        #expect(try StateStore(path: config.state.path).categorySlugs() == ["политика": "politika"])
        let second = try await site.build(config)
        #expect(second.categoryFiles.count == 3 && second.categoryFiles.allSatisfy { !$0.changed })
    }

    @Test func aSlugOnRecordWinsOverTheRules() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try categoriesOn(site)
        // As if an older transliteration table had named the rubric.
        var changes = StateChanges()
        changes.categorySlugs = [record("политика", "politica")]
        try StateStore(path: config.state.path).apply(changes)
        let report = try await site.build(config)
        #expect(report.categoryFiles.allSatisfy { $0.path.contains("categories/politica/") })
        let timeline = String(decoding: try site.output("index.html"), as: UTF8.self)
        #expect(timeline.contains(#"href="categories/politica/index.html""#))
        #expect(
            !FileManager.default.fileExists(
                atPath: site.root.appendingPathComponent("feeds/categories/politika").path))
    }

    @Test func theStoreKeepsTheFirstSlugOfANameAndRefusesASlugTakenByAnother() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "slugs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try StateStore(path: directory.appendingPathComponent("state.sqlite"))
        var first = StateChanges()
        first.categorySlugs = [record("политика", "politika")]
        try store.apply(first)
        var again = StateChanges()
        again.categorySlugs = [record("политика", "politika-new")]
        try store.apply(again)
        #expect(try store.categorySlugs() == ["политика": "politika"])
        var clash = StateChanges()
        clash.categorySlugs = [record("politika", "politika")]
        #expect(throws: StateError.self) { try store.apply(clash) }
        #expect(try store.categorySlugs() == ["политика": "politika"])
    }
}
