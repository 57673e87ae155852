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
            try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
                == (names + ["index.html"]).sorted())
    }

    private func writer(_ directory: URL) -> OutputWriter {
        let settings = OutputSettings(
            directory: directory, baseURL: "https://news.example.com/feeds/", rssFileName: "rss.xml",
            atomFileName: "atom.xml", jsonFileName: "feed.json")
        return OutputWriter(settings: settings, timeZone: TimeZone(identifier: "Europe/Moscow")!)
    }

    /// An id that no gate repaired (built by hand here) and that Atom cannot carry.
    private func partner(id: String, title: String, at seconds: TimeInterval) -> Entry {
        Entry(
            id: id, title: title,
            links: [Link(href: "https://wire.example/\(title.count)", rel: "alternate")],
            published: Date(timeIntervalSince1970: seconds),
            origin: Origin(name: "Wire", feedURL: "https://wire.example/rss"))
    }

    @Test func aPartnerItemOurValidatorRejectsIsLeftOutAndTheRestIsPublished() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("triage-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        var feed = feed(language: "ru")
        feed.entries += [
            partner(id: "urn:oops", title: "Плохой id", at: 1_747_060_000),
            partner(id: "urn:wire:1", title: "Хороший id", at: 1_747_000_000),
        ]
        let prepared = try writer(directory).render(feed)
        #expect(prepared.feed.entries.map(\.id) == ["tag:news.example.com,2025:1", "urn:wire:1"])
        #expect(prepared.feed.updated == Date(timeIntervalSince1970: 1_747_051_200))
        #expect(prepared.warnings.count == 1)
        let warning = try #require(prepared.warnings.first).description
        #expect(warning.hasPrefix("source Wire: warning: item \"Плохой id\" (id \"urn:oops\") left out"))
        #expect(warning.contains("atom.xml: InvalidURN"))
        _ = try writer(directory).write(prepared)
        for name in ["rss.xml", "atom.xml", "feed.json"] {
            let bytes = try Data(contentsOf: directory.appendingPathComponent(name))
            #expect(!String(decoding: bytes, as: UTF8.self).contains("urn:oops"), "\(name)")
        }
    }

    @Test func aFeedThatValidatesCostsNoTriage() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("triage-\(UUID())")
        var feed = feed(language: "ru")
        feed.entries.append(partner(id: "urn:wire:1", title: "Хороший id", at: 1_747_000_000))
        let prepared = try writer(directory).render(feed)
        #expect(prepared.feed == feed)
        #expect(prepared.warnings.isEmpty)
    }

    @Test func theSiteOwnInvalidItemStillFailsTheBuild() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("triage-\(UUID())")
        var feed = feed(language: "ru")
        feed.entries[0].id = "urn:oops"
        feed.entries.append(partner(id: "urn:wire:1", title: "Хороший id", at: 1_747_000_000))
        #expect {
            _ = try writer(directory).render(feed)
        } throws: { error in
            "\(error)".contains("InvalidURN")
        }
    }
}
