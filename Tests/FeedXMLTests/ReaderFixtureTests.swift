import FeedTestSupport
import FeedXML
import Foundation
import Testing

/// One reader fixture case: `NAME.xml` read with the options in `NAME[.variant].expected`,
/// whose other lines are the expected event stream (see ``ReaderEventRendering``).
struct ReaderFixture: CustomTestStringConvertible, Sendable {
    static let directory = Fixtures.sourceDirectory().appendingPathComponent("Fixtures/reader")

    /// Every `*.expected` file; `NAME.variant.expected` reads `NAME.xml`.
    static let all: [ReaderFixture] = Fixtures.files(in: directory, withExtension: "expected").map {
        ReaderFixture(expected: $0)
    }

    let expected: URL
    var input: URL {
        let base = expected.lastPathComponent.split(separator: ".").first.map(String.init) ?? ""
        return Self.directory.appendingPathComponent(base + ".xml")
    }
    var testDescription: String { expected.deletingPathExtension().lastPathComponent }

    /// The expected file's lines: `#` lines are notes, `options:` sets the reader options,
    /// the rest is compared with the rendered stream.
    func parse() throws -> (options: XMLReaderOptions, httpCharset: String?, lines: [String]) {
        let text = try String(contentsOf: expected, encoding: .utf8)
        var options = XMLReaderOptions()
        var httpCharset: String?
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("#") { continue }
            guard line.hasPrefix("options:") else {
                lines.append(line)
                continue
            }
            for word in line.dropFirst("options:".count).split(separator: " ") {
                let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
                switch (parts[0], parts.count > 1 ? parts[1] : "") {
                case ("recover", _): options.recover = true
                case ("maxDepth", let v): options.maxDepth = Int(v) ?? options.maxDepth
                case ("maxTextLength", let v): options.maxTextLength = Int(v) ?? options.maxTextLength
                case ("maxEntityExpansion", let v):
                    options.maxEntityExpansion = Int(v) ?? options.maxEntityExpansion
                case ("http-charset", let v): httpCharset = v
                default: Issue.record("unknown option \(word) in \(expected.lastPathComponent)")
                }
            }
        }
        while lines.last == "" { lines.removeLast() }
        return (options, httpCharset, lines)
    }

    /// The header lines (`#` notes and `options:`) to keep when re-recording.
    func header() throws -> [String] {
        let text = try String(contentsOf: expected, encoding: .utf8)
        return text.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("#") || $0.hasPrefix("options:")
        }
    }
}

@Suite("XMLStreamReader fixtures")
struct ReaderFixtureTests {
    @Test("there are fixtures, each with an input and a comment saying what it covers")
    func fixturesExist() throws {
        #expect(ReaderFixture.all.count >= 30)
        for fixture in ReaderFixture.all {
            let bytes = try [UInt8](Data(contentsOf: fixture.input))
            let notes = try fixture.header().contains { $0.hasPrefix("# ") }
            let ascii = String(decoding: bytes.filter { $0 != 0 }, as: UTF8.self)
            #expect(ascii.contains("<!--") || notes, "\(fixture.testDescription) says what it covers")
        }
    }

    @Test("events from memory and from the file match NAME.expected", arguments: ReaderFixture.all)
    func matchesExpected(_ fixture: ReaderFixture) throws {
        let (options, httpCharset, expected) = try fixture.parse()
        let bytes = try [UInt8](Data(contentsOf: fixture.input))
        let fromMemory = ReaderEventRendering.render(
            try XMLStreamReader(
                bytes: bytes, url: fixture.input.path, httpCharset: httpCharset, options: options))
        let fromFile = ReaderEventRendering.render(
            try XMLStreamReader(path: fixture.input.path, httpCharset: httpCharset, options: options))
        #expect(fromFile == fromMemory, "file and memory input agree")
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            let text = (try fixture.header() + fromMemory).joined(separator: "\n") + "\n"
            try text.write(to: fixture.expected, atomically: true, encoding: .utf8)
            Issue.record("recorded \(fixture.expected.lastPathComponent); rerun without RECORD_GOLDENS")
            return
        }
        #expect(fromMemory.count == expected.count, "number of lines")
        for (index, (actual, wanted)) in zip(fromMemory, expected).enumerated() where actual != wanted {
            Issue.record("line \(index + 1):\n  expected: \(wanted)\n  actual:   \(actual)")
        }
    }
}
