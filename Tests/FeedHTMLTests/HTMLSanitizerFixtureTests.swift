import FeedHTML
import FeedTestSupport
import Foundation
import Testing

/// One sanitiser fixture: `NAME.html` (starting with `<!-- covers: … -->`), the exact
/// expected output in `NAME.expected.html` and an optional base URL in `NAME.base`.
struct SanitizerFixture: CustomTestStringConvertible, Sendable {
    static let directory = Fixtures.sourceDirectory().appendingPathComponent("Fixtures/sanitizer")

    static let all: [SanitizerFixture] = Fixtures.files(in: directory, withExtension: "html")
        .filter { !$0.lastPathComponent.hasSuffix(".expected.html") }
        .map { SanitizerFixture(url: $0) }

    let name: String
    let covers: String
    let input: String
    let baseURL: String?

    init(url: URL) {
        name = String(url.lastPathComponent.dropLast(".html".count))
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        (covers, input) = Self.splitCoversComment(text)
        let baseFile = url.deletingPathExtension().appendingPathExtension("base")
        baseURL = (try? String(contentsOf: baseFile, encoding: .utf8)).map { base in
            base.hasSuffix("\n") ? String(base.dropLast()) : base
        }
    }

    /// Splits `<!-- covers: … -->\n` off the front of a fixture.
    static func splitCoversComment(_ text: String) -> (covers: String, input: String) {
        guard text.hasPrefix("<!-- covers:"), let end = text.range(of: "-->") else { return ("", text) }
        let covers = text[text.index(text.startIndex, offsetBy: 12)..<end.lowerBound]
            .trimmingCharacters(in: .whitespaces)
        var rest = text[end.upperBound...]
        if rest.hasPrefix("\n") { rest = rest.dropFirst() }
        return (covers, String(rest))
    }

    var testDescription: String { "\(name): \(covers)" }
}

@Suite("HTMLSanitizer fixtures")
struct HTMLSanitizerFixtureTests {
    static let sanitizer = HTMLSanitizer()

    @Test("sanitised output matches the expected file", arguments: SanitizerFixture.all)
    func matchesExpected(_ fixture: SanitizerFixture) throws {
        let result = Self.sanitizer.sanitize(fixture.input, baseURL: fixture.baseURL)
        try Golden.check(
            Array(result.html.utf8), named: "\(fixture.name).expected.html", in: SanitizerFixture.directory)
    }

    @Test("sanitised output is a fixed point", arguments: SanitizerFixture.all)
    func fixedPoint(_ fixture: SanitizerFixture) {
        let once = Self.sanitizer.sanitize(fixture.input, baseURL: fixture.baseURL).html
        let twice = Self.sanitizer.sanitize(once, baseURL: fixture.baseURL)
        #expect(twice.html == once)
    }

    @Test("sanitising keeps the plain text", arguments: SanitizerFixture.all)
    func plainTextSurvivesSanitising(_ fixture: SanitizerFixture) {
        let sanitized = Self.sanitizer.sanitize(fixture.input, baseURL: fixture.baseURL).html
        // Unwrapped block elements (`center`, `nav`) lose their line breaks, nothing more.
        func words(_ html: String) -> String {
            HTMLSanitizer.plainText(html).split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        #expect(words(sanitized) == words(fixture.input))
    }

    @Test func fixturesAreComplete() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: SanitizerFixture.directory.path)
        let inputs = Set(SanitizerFixture.all.map(\.name))
        #expect(inputs.count >= 60)
        for fixture in SanitizerFixture.all {
            #expect(!fixture.covers.isEmpty, "\(fixture.name) does not start with <!-- covers: … -->")
        }
        for name in names where !name.hasPrefix(".") {
            let stem: Substring
            if name.hasSuffix(".expected.html") {
                stem = name.dropLast(".expected.html".count)
            } else if name.hasSuffix(".base") {
                stem = name.dropLast(".base".count)
            } else if name.hasSuffix(".html") {
                continue
            } else {
                Issue.record("unexpected file \(name) in Fixtures/sanitizer")
                continue
            }
            #expect(inputs.contains(String(stem)), "\(name) has no input \(stem).html")
        }
    }
}
