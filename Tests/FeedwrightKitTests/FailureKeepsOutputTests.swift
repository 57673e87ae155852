import FeedTestSupport
import FeedwrightKit
import Foundation
import Testing

@Suite("A failed build leaves the published feeds alone")
struct FailureKeepsOutputTests {
    @Test func aMalformedSeedLineStopsTheBuildBeforeAnyFileIsTouched() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try site.config()
        _ = try await site.build(config)
        let published = ["rss.xml", "atom.xml", "feed.json", "index.html"]
        let before = try published.map(site.output)
        try site.writeSeed("001_broken.txt", "Лента\n13.05.2025 09:00 Без запятой\n")
        await #expect {
            try await site.build(config)
        } throws: { error in
            "\(error)".hasSuffix(
                "seeds/001_broken.txt:2: malformed timeline line: expected \"DD.MM.YYYY, HH:MM Title\" "
                    + "with a real date, found \"13.05.2025 09:00 Без запятой\"")
        }
        #expect(try published.map(site.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: site.root.appendingPathComponent("feeds").path)
        #expect(leftovers.sorted() == ["articles", "atom.xml", "feed.json", "index.html", "rss.xml"])
    }

    @Test func aMissingSeedDirectoryNamesTheSetting() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try site.config { $0["seeds"] = ["directory": "no-such-dir"] }
        await #expect {
            try await site.build(config)
        } throws: { error in
            "\(error)".contains("config.json: seeds.directory: seed directory \"")
                && "\(error)".hasSuffix("no-such-dir\" does not exist")
        }
    }
}
