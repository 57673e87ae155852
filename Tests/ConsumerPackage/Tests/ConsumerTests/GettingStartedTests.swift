import FeedModel
import FeedParser
import FeedValidator
import FeedWriter
import Foundation
import Testing

/// The code of the getting-started articles in the DocC catalogues, run as written, so
/// that what the documentation shows keeps compiling and keeps saying what happens.
@Suite struct GettingStartedTests {
    static let utc = TimeZone(identifier: "UTC")!

    @Test func modelEntriesSortNewestFirstAndGetStableIDs() {
        let older = Entry(id: "b", title: "Older", published: Date(timeIntervalSince1970: 1_000))
        let newer = Entry(id: "a", title: "Newer", published: Date(timeIntervalSince1970: 2_000))
        var feed = Feed(id: "https://news.example.net/", title: "Example News", entries: [older, newer])
        feed.entries.sort(by: Entry.newestFirst)

        let untitled = Entry(id: "", title: "Notes", summary: .plain("A short note."))
        let id = EntryIdentity.id(for: untitled)

        #expect(feed.entries.map(\.title) == ["Newer", "Older"])
        #expect(id.hasPrefix("urn:feedwright:entry:") && id.count == "urn:feedwright:entry:".count + 16)
        #expect(EntryIdentity.id(for: untitled) == id)
    }

    @Test func parserReadsRSSFromMemory() throws {
        let data = Data(
            """
            <rss version="2.0"><channel>
              <title>Example News</title>
              <link>https://news.example.net/</link>
              <description>Headlines</description>
              <item>
                <title>The harbour reopens</title>
                <link>https://news.example.net/2026/03/harbour</link>
                <pubDate>Tue, 03 Mar 2026 09:30:00 +0000</pubDate>
              </item>
            </channel></rss>
            """.utf8)
        let parsed = try Parser.parse(data)
        let options = ParseOptions(
            defaultTimeZone: TimeZone(identifier: "Europe/Berlin")!,
            documentURL: "https://news.example.net/rss.xml")
        let fromServer = try Parser.parse(data, options: options)

        #expect(parsed.format.rawValue == "RSS 2.0")
        #expect(
            parsed.feed.entries.first?.link(rel: "alternate")?.href
                == "https://news.example.net/2026/03/harbour")
        #expect(fromServer.feed.entries.map(\.title) == ["The harbour reopens"])
    }

    @Test func parserStreamsAFileAndReportsRepairs() throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("consumer-\(UUID().uuidString).xml").path
        try Data(
            "<rss version=\"2.0\"><channel><title>Stream</title><item><title>One</title></item></channel></rss>"
                .utf8
        )
        .write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }

        var titles: [String] = []
        let header = try Parser.stream(.file(path: path)) { entry, _ in titles.append(entry.title) }
        let broken = try Parser.parse(
            Data("<rss version=\"2.0\"><channel><title>A & B</title></channel></rss>".utf8))
        let errors = broken.diagnostics.filter { $0.severity == .error }

        #expect(header.feed.title == "Stream" && header.feed.entries.isEmpty && titles == ["One"])
        #expect(!broken.isWellFormed)
        #expect(errors.map(\.code) == [.notWellFormed])
        #expect(errors.first?.description.hasPrefix("error: NotWellFormed: repaired 1 bare '&'") == true)
        #expect(broken.feed.title == "A & B")
    }

    @Test func parserRejectsAWebPage() {
        #expect {
            _ = try Parser.parse(Data("<html><body>Hello</body></html>".utf8))
        } throws: { error in
            (error as? FeedParseError)?.message.hasPrefix("this is a web page (HTML), not a feed") == true
        }
    }

    @Test func writerNotesStandInDatesAndStreams() throws {
        let undated = Feed(
            id: "https://news.example.net/", title: "Example News",
            entries: [Entry(id: "https://news.example.net/notes/1", title: "A note without a date")])
        let rendered = try FeedRenderer.rendered(
            undated, as: .atom, context: WriteContext(timeZone: Self.utc))

        var output = Data()
        let writer = try StreamingFeedWriter(format: .atom, context: WriteContext(timeZone: Self.utc)) {
            chunk in
            output.append(contentsOf: chunk)
        }
        for entry in undated.entries { try writer.write(entry, header: { undated }) }
        try writer.finish(undated)

        #expect(rendered.notes.map(\.code) == [.undatedFeed, .undatedEntry])
        #expect(try Parser.parse(output).feed.entries.map(\.title) == ["A note without a date"])
        #expect(FeedFormat.atom.mediaType == "application/atom+xml")
    }

    @Test func validatorFindsABadDate() {
        let document = Array(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel>
              <title>Example News</title>
              <link>https://news.example.net/</link>
              <description>Headlines</description>
              <item><title>The harbour reopens</title><pubDate>yesterday</pubDate></item>
            </channel></rss>
            """.utf8)
        let report = Validator.validate(document, documentURL: "https://news.example.net/rss.xml")
        let findings = report.diagnostics.filter { $0.severity >= .warning }

        #expect(report.format == "rss2")
        #expect(report.hasErrors && report.count(.error) == 1)
        #expect(findings.contains { $0.code == .invalidRFC2822Date && $0.line == 6 })
        #expect(ValidationRenderer.text(report, path: "rss.xml").contains("InvalidRFC2822Date"))
        #expect(
            ValidationRenderer.json([(path: "rss.xml", report: report)]).contains("\"InvalidRFC2822Date\""))
    }
}
