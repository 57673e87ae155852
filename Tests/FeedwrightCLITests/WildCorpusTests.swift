import FeedTestSupport
import Foundation
import Testing

/// The real-world corpus (`FeedParserTests/Fixtures/feeds/wild`, feeds written the way
/// publishers break them) run through the built binary as a user runs it: `convert` to
/// JSON Feed gives its golden output, diagnostics and exit status; `convert` to RSS and
/// Atom gives documents our own validator accepts, with no empty element and no date we
/// made up.
@Suite("The real-world corpus through the binary")
struct WildCorpusTests {
    static let corpus = Fixtures.sourceDirectory().deletingLastPathComponent()
        .appendingPathComponent("FeedParserTests/Fixtures/feeds/wild")
    static let goldens = Fixtures.sourceDirectory().appendingPathComponent("Goldens/wild")
    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".json") }.sorted()
    }()

    @Test func theCorpusIsThere() {
        #expect(Self.cases.count >= 30)
    }

    @Test("convert to JSON Feed", arguments: cases)
    func convertToJSON(name: String) throws {
        let result = try CLIRunner.run(["convert", name, "--to", "json"], in: Self.corpus)
        let transcript = "exit \(result.status)\n--- stdout\n\(result.stdout)--- stderr\n\(result.stderr)"
        try Golden.check(
            Array(transcript.utf8), named: (name as NSString).deletingPathExtension + ".convert.txt",
            in: Self.goldens)
    }

    @Test("convert to RSS and Atom, then validate", arguments: cases)
    func convertToXML(name: String) throws {
        let json = try CLIRunner.run(["convert", name, "--to", "json"], in: Self.corpus)
        for format in ["rss", "atom"] {
            let sandbox = FileManager.default.temporaryDirectory.appendingPathComponent(
                "feedwright-wild-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: sandbox, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: sandbox) }
            let output = sandbox.appendingPathComponent("out.xml").path
            let input = Self.corpus.appendingPathComponent(name).path
            let converted = try CLIRunner.run(["convert", input, "--to", format, "-o", output], in: sandbox)
            #expect(converted.status == json.status, "\(format): \(converted.stderr)")
            guard converted.status == 0 else { continue }
            let written = try String(contentsOfFile: output, encoding: .utf8)
            #expect(EmptyElements.find(in: written).isEmpty, "\(format): \(EmptyElements.find(in: written))")
            #expect(!written.contains("1970-01-01"), "\(format): an invented epoch date")
            let validated = try CLIRunner.run(["validate", output], in: sandbox)
            // A feed that names no web site cannot have RSS's required channel link: the
            // writer says so (MissingSiteLink) rather than inventing one.
            let errors = validated.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
            let excused =
                converted.stderr.contains("MissingSiteLink")
                ? errors.filter { !$0.contains("MissingLink Missing channel element: link") } : errors
            #expect(excused.isEmpty, "\(format): \(validated.stdout)\(validated.stderr)")
        }
    }
}

/// Elements written with nothing in them (`<link></link>`, `<title/>`): a feed we write
/// leaves a field out rather than writing it empty.
enum EmptyElements {
    /// The names of the empty elements in `xml`, in document order.
    static func find(in xml: String) -> [String] {
        var found: [String] = []
        let bytes = Array(xml.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), let name = emptyElement(in: bytes, at: index) {
                found.append(name)
            }
            index += 1
        }
        return found
    }

    /// The name of the element starting at `start` when it has neither attributes nor
    /// content: `<name/>` or `<name></name>`.
    private static func emptyElement(in bytes: [UInt8], at start: Int) -> String? {
        var end = start + 1
        while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
        guard end > start + 1, end < bytes.count else { return nil }
        let name = bytes[(start + 1)..<end]
        if bytes[end] == UInt8(ascii: "/"), end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: ">") {
            return String(decoding: name, as: UTF8.self)
        }
        guard bytes[end] == UInt8(ascii: ">") else { return nil }
        let close = Array("</".utf8) + name + [UInt8(ascii: ">")]
        guard bytes[(end + 1)...].starts(with: close) else { return nil }
        return String(decoding: name, as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: ".")
    }
}
