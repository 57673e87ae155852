import FeedwrightKit
import Foundation
import Testing

/// The `snapshots` fixture site holds two snapshots of one page, an hour apart: a
/// headline whose minute was corrected, one retyped with other quote marks or `е` for
/// `ё`, a title that recurs three hours later, a title listed twice on one page, and an
/// article that grew a paragraph.
@Suite struct SeedSnapshotTests {
    private func build() async throws -> (BuildReport, [[String: Any]]) {
        let site = try SiteSandbox("snapshots")
        defer { site.remove() }
        let report = try await site.build(try site.config())
        let json =
            try JSONSerialization.jsonObject(with: Data(try site.output("feed.json"))) as! [String: Any]
        return (report, json["items"] as! [[String: Any]])
    }

    private func items(_ items: [[String: Any]], titled prefix: String) -> [[String: Any]] {
        items.filter { ($0["title"] as? String)?.hasPrefix(prefix) == true }
    }

    @Test func aHeadlineWhoseMinuteChangedIsOneItemAtTheLaterTime() async throws {
        let (report, published) = try await build()
        let bridge = items(published, titled: "Мост через реку")
        #expect(bridge.count == 1)
        #expect(bridge.first?["date_published"] as? String == "2025-05-12T16:02:00+03:00")
        let note = try #require(report.notes.first { $0.message.contains("Мост через реку") })
        #expect(note.location.hasSuffix("seeds/2025-05-12T1700.txt:3"))
        #expect(note.message.contains("seeds/2025-05-12T1600.txt:2"))
        #expect(note.message.contains("4 min later"))
        #expect(note.description.contains(": note: "))
    }

    @Test func aRetypedTitleIsOneItemWithTheLaterSpelling() async throws {
        let (report, published) = try await build()
        #expect(items(published, titled: "Ёлки").isEmpty)
        #expect(items(published, titled: "Елки на площади").count == 1)
        let exhibition = items(published, titled: "Открылась выставка")
        #expect(exhibition.map { $0["title"] as? String } == ["Открылась выставка \"Город и люди\""])
        #expect(report.notes.count == 3)
        #expect(report.notes.allSatisfy { $0.message.hasSuffix("a later snapshot of the page wins") })
    }

    @Test func theSameTitleOutsideTheWindowOrTwiceOnOnePageStaysTwoItems() async throws {
        let (_, published) = try await build()
        let daytime = items(published, titled: "Погода: днём").compactMap { $0["date_published"] as? String }
        #expect(daytime.sorted() == ["2025-05-12T12:00:00+03:00", "2025-05-12T15:00:00+03:00"])
        #expect(items(published, titled: "Погода: вечером").count == 2)
        #expect(published.count == 9)
    }

    @Test func theArticleOfTheLaterPageWins() async throws {
        let (_, published) = try await build()
        let article = try #require(items(published, titled: "Городская дума").first)
        #expect((article["content_html"] as? String)?.contains("Голосование заняло два часа.") == true)
    }

    @Test func theNotesAreInBothReports() async throws {
        let (report, _) = try await build()
        let text = BuildReportText.render(report, dryRun: false)
        #expect(text.contains("seeds/2025-05-12T1700.txt:3: note: headline \"Мост через реку"))
        let json = BuildReportJSON.render(report, dryRun: false)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        #expect((object["notes"] as? [String])?.count == 3)
    }
}
