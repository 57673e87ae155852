import FeedModel
import FeedParser
import FeedValidator
import FeedWriter
import Foundation
import Testing

/// A feed built, written, read back and validated through the library products alone, the
/// way another project would use them.
@Suite struct RoundTripTests {
    /// A feed with what each format must carry (ids, dates, a site link) and some of what
    /// it may (an author, a category, an enclosure, HTML content).
    static let feed = Feed(
        id: "https://news.example.net/",
        title: "Example News",
        subtitle: "Headlines from an example site",
        links: [Link(href: "https://news.example.net/")],
        language: "en",
        authors: [Person(name: "Newsroom", email: "desk@news.example.net")],
        updated: Date(timeIntervalSince1970: 1_772_530_200),
        entries: [
            Entry(
                id: "https://news.example.net/2026/03/harbour",
                title: "The harbour reopens",
                links: [Link(href: "https://news.example.net/2026/03/harbour")],
                summary: .plain("Ships are back after the winter repairs."),
                content: .html("<p>Ships are <em>back</em> after the winter repairs.</p>"),
                published: Date(timeIntervalSince1970: 1_772_530_200),
                categories: [Category(term: "city")],
                enclosures: [
                    Enclosure(
                        url: "https://news.example.net/media/harbour.jpg", mimeType: "image/jpeg",
                        length: 20_480)
                ]
            ),
            Entry(
                id: "https://news.example.net/2026/02/library",
                title: "A new library branch",
                links: [Link(href: "https://news.example.net/2026/02/library")],
                summary: .plain("The east side gets its own branch."),
                published: Date(timeIntervalSince1970: 1_771_000_000)
            ),
        ]
    )

    /// Where each format's file is published, for its self link.
    static func selfURL(_ format: FeedFormat) -> String {
        switch format {
        case .rss: "https://news.example.net/rss.xml"
        case .atom: "https://news.example.net/atom.xml"
        case .json: "https://news.example.net/feed.json"
        }
    }

    static func written(_ format: FeedFormat) throws -> [UInt8] {
        let context = WriteContext(timeZone: TimeZone(identifier: "UTC")!, selfURL: selfURL(format))
        return try FeedRenderer.render(Self.feed, as: format, context: context)
    }

    @Test(arguments: FeedFormat.allCases)
    func writtenFeedReadsBackWithTheSameEntries(format: FeedFormat) throws {
        let parsed = try Parser.parse(Data(try Self.written(format)))

        #expect(parsed.isWellFormed)
        #expect(parsed.feed.title == Self.feed.title)
        #expect(parsed.feed.entries.map(\.id) == Self.feed.entries.map(\.id))
        #expect(parsed.feed.entries.map(\.title) == Self.feed.entries.map(\.title))
        #expect(parsed.feed.entries.map(\.published) == Self.feed.entries.map(\.published))
        #expect(parsed.feed.entries.first?.categories.map(\.term) == ["city"])
        #expect(
            parsed.feed.entries.first?.enclosures.map(\.url) == ["https://news.example.net/media/harbour.jpg"]
        )
    }

    @Test(arguments: FeedFormat.allCases)
    func writtenFeedValidatesWithoutErrors(format: FeedFormat) throws {
        let report = Validator.validate(
            try Self.written(format), documentURL: Self.selfURL(format),
            now: Date(timeIntervalSince1970: 1_780_000_000))

        #expect(report.format != nil)
        #expect(!report.hasErrors, "\(report.diagnostics.filter { $0.severity == .error })")
    }

    @Test func formatsAreRecognisedAsWritten() throws {
        #expect(try Parser.parse(Data(try Self.written(.rss))).format == .rss20)
        #expect(try Parser.parse(Data(try Self.written(.atom))).format == .atom10)
        #expect(try Parser.parse(Data(try Self.written(.json))).format == .jsonFeed11)
    }
}

/// Feed files read from disk, found by glob so that a new fixture needs no code.
@Suite struct FixtureFileTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static var files: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }.sorted()
            .map { directory.appendingPathComponent($0) }
    }

    @Test func fixturesAreFound() {
        #expect(Self.files.count >= 2)
    }

    @Test(arguments: files)
    func fixtureParsesFromItsFile(file: URL) throws {
        let parsed = try Parser.stream(.file(path: file.path)) { _, _ in }
        let whole = try Parser.parse(try Data(contentsOf: file))

        #expect(parsed.isWellFormed)
        #expect(parsed.feed.title == "Release notes")
        #expect(whole.feed.entries.map(\.title) == ["Version 2.1", "Version 2.0"])
        #expect(whole.feed.entries.first?.categories.map(\.term) == ["releases"])
    }

    @Test(arguments: files)
    func fixtureValidatesWithoutErrors(file: URL) {
        let report = Validator.validate(path: file.path, now: Date(timeIntervalSince1970: 1_780_000_000))

        #expect(!report.hasErrors, "\(report.diagnostics.filter { $0.severity == .error })")
    }
}
