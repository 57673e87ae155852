import FeedDates
import FeedSeed
import FeedTestSupport
import Foundation
import Testing

@Suite("Seed pages")
struct SeedParserTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    static let valid = Fixtures.files(in: fixtures.appendingPathComponent("valid"), withExtension: "expected")
    static let invalid = Fixtures.files(
        in: fixtures.appendingPathComponent("invalid"), withExtension: "expected")

    @Test("valid page", arguments: valid)
    func validPage(expectation: URL) throws {
        let page = try SeedParser.parse(
            try Self.seedBytes(for: expectation), file: Self.seedName(for: expectation))
        #expect(Self.describe(page) == Self.expectedLines(expectation))
    }

    @Test("invalid page", arguments: invalid)
    func invalidPage(expectation: URL) throws {
        let expected = Self.expectedLines(expectation).first
        let bytes = try Self.seedBytes(for: expectation)
        let error = #expect(throws: SeedError.self) {
            try SeedParser.parse(bytes, file: Self.seedName(for: expectation))
        }
        #expect(error?.description == expected)
    }

    @Test func theSamplePageHasTenHeadlinesAndOneArticle() throws {
        let page = try SeedParser.parse(
            try Self.seedBytes(for: Self.fixtures.appendingPathComponent("valid/sample-page.expected")),
            file: "sample-page.txt")
        #expect(page.blockTitle == "Последние новости")
        #expect(page.headlines.count == 10)
        #expect(
            page.headlines[0].localTime == CivilDateTime(year: 2025, month: 5, day: 12, hour: 16, minute: 45))
        let article = try #require(page.article)
        #expect(article.rubric == "Политика")
        #expect(article.paragraphs.count == 11)
        #expect(article.paragraphs.filter { $0.hasPrefix("— ") }.count == 3)
    }

    static func seedBytes(for expectation: URL) throws -> [UInt8] {
        Array(try Data(contentsOf: expectation.deletingPathExtension().appendingPathExtension("txt")))
    }

    static func seedName(for expectation: URL) -> String {
        expectation.deletingPathExtension().appendingPathExtension("txt").lastPathComponent
    }

    /// The expectation file without its leading `# covers:` comment.
    static func expectedLines(_ file: URL) -> [String] {
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }

    static func describe(_ page: SeedPage) -> [String] {
        var lines = ["block: \(page.blockTitle)"]
        lines += page.headlines.map { "headline \($0.line): \($0.localTime) | \($0.title)" }
        if let article = page.article {
            let text = article.paragraphs.joined(separator: " / ")
            lines.append("article \(article.line): \(article.title) | \(article.rubric) | \(text)")
        }
        return lines
    }
}
