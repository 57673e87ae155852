import FeedTestSupport
import FeedwrightKit
import Foundation
import Testing

/// The HTML pages a build writes beside the feeds, and the links that make the site's own
/// items open in a reader.
@Suite("The pages of a build")
struct SitePagesTests {
    private static let base = "https://news.example.com/feeds/"

    private func items(_ site: SiteSandbox) throws -> [[String: Any]] {
        let json = try JSONSerialization.jsonObject(with: Data(site.output("feed.json"))) as! [String: Any]
        return json["items"] as! [[String: Any]]
    }

    private func pages(_ site: SiteSandbox) -> [String] {
        let feeds = site.root.appendingPathComponent("feeds")
        let names = FileManager.default.enumerator(atPath: feeds.path)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".html") }.sorted()
    }

    @Test("golden page", arguments: ["index", "article"])
    func goldenPage(page: String) async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        _ = try await site.build(try site.config())
        let name = try #require(
            page == "index" ? "index.html" : pages(site).first { $0.hasPrefix("articles/") })
        try Golden.check(try site.output(name), named: "sample-\(page).html", in: PublisherTests.goldens)
    }

    @Test func everyOwnItemLinksToItsPageOrItsAnchorOnTheTimeline() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        _ = try await site.build(try site.config())
        let written = pages(site)
        #expect(written.count == 2 && written.contains("index.html"))
        #expect(written.contains { $0.hasPrefix("articles/") })
        let timeline = String(decoding: try site.output("index.html"), as: UTF8.self)
        for item in try items(site) {
            let url = try #require(item["url"] as? String, "\(item["id"]!)")
            #expect(url.hasPrefix(Self.base))
            let location = url.dropFirst(Self.base.count)
            let parts = location.split(separator: "#", maxSplits: 1).map(String.init)
            #expect(written.contains(parts[0]), "\(url)")
            if parts.count == 2 { #expect(timeline.contains("id=\"\(parts[1])\""), "\(url)") }
            let isArticle = (item["id"] as! String).contains(":articles/")
            #expect(isArticle == location.hasPrefix("articles/"), "\(url)")
        }
    }

    @Test func aSecondBuildRewritesNoPage() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try site.config()
        let first = try await site.build(config)
        let second = try await site.build(config, now: { FixedClock.instant.addingTimeInterval(86_400) })
        #expect(first.pages.count == 2 && first.pages.allSatisfy(\.changed))
        #expect(second.pages.count == 2 && second.pages.allSatisfy { !$0.changed })
        #expect(BuildReportText.render(second, dryRun: false).contains("\nunchanged 2 HTML pages"))
    }

    @Test func aDryRunSaysWhichPagesWouldChangeAndWritesNone() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let report = try await Publisher(config: try site.config(), now: FixedClock.now).run(dryRun: true)
        #expect(report.pages.count == 2 && report.pages.allSatisfy(\.changed))
        #expect(pages(site).isEmpty)
    }

    @Test func withoutPagesTheOwnItemsCarryNoLinkAndNoHTMLIsWritten() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try site.config { object in
            var output = object["output"] as! [String: Any]
            output["pages"] = false
            object["output"] = output
        }
        let report = try await site.build(config)
        #expect(report.pages.isEmpty)
        #expect(pages(site).isEmpty)
        #expect(try items(site).allSatisfy { $0["url"] == nil })
    }

    @Test func withoutABaseURLThePagesAreWrittenButTheItemsCarryNoLink() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try site.config { object in
            object["output"] = ["directory": "feeds"]
        }
        _ = try await site.build(config)
        #expect(pages(site).count == 2)
        #expect(try items(site).allSatisfy { $0["url"] == nil })
    }

    @Test func aTemplateFolderThatIsMissingStopsTheBuildNamingTheSetting() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try site.config { object in
            var output = object["output"] as! [String: Any]
            output["templates"] = "look"
            object["output"] = output
        }
        await #expect {
            _ = try await site.build(config)
        } throws: { error in
            "\(error)".contains("config.json: output.templates: ")
                && "\(error)".hasSuffix("/look is not a directory; nothing was written")
        }
        #expect(
            !FileManager.default.fileExists(atPath: site.root.appendingPathComponent("feeds/rss.xml").path))
    }
}
