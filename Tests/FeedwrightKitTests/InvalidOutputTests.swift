import FeedModel
import Foundation
import Testing

@testable import FeedwrightKit

/// A feed our own validator rejects is never published: the old files stay, and the error
/// carries the findings.
@Suite struct InvalidOutputTests {
    private func feed(language: String) -> Feed {
        Feed(
            id: "tag:news.example.com,2025:feed", title: "Новости",
            links: [Link(href: "https://news.example.com/", rel: "alternate")], language: language,
            updated: Date(timeIntervalSince1970: 1_747_051_200),
            entries: [
                Entry(
                    id: "tag:news.example.com,2025:1", title: "Заголовок",
                    links: [Link(href: "https://news.example.com/1", rel: "alternate")],
                    published: Date(timeIntervalSince1970: 1_747_051_200))
            ])
    }

    @Test func theOldFilesStayWhenTheNewOnesDoNotValidate() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("invalid-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let settings = OutputSettings(
            directory: directory, baseURL: "https://news.example.com/feeds/", rssFileName: "rss.xml",
            atomFileName: "atom.xml", jsonFileName: "feed.json")
        let writer = OutputWriter(settings: settings, timeZone: TimeZone(identifier: "Europe/Moscow")!)
        _ = try writer.write(feed(language: "ru"))
        let names = ["rss.xml", "atom.xml", "feed.json"]
        let before = try names.map { try Data(contentsOf: directory.appendingPathComponent($0)) }
        #expect {
            _ = try writer.write(feed(language: "not a language!"))
        } throws: { error in
            "\(error)".contains("validation error(s), so the published file was kept")
                && "\(error)".contains("InvalidLanguage")
        }
        #expect(try names.map { try Data(contentsOf: directory.appendingPathComponent($0)) } == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == names.sorted())
    }
}
