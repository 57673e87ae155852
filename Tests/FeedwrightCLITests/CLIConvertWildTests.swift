import FeedTestSupport
import Foundation
import Testing

/// `convert` on documents that are no feed, and on feeds the writers must not garble:
/// through the real binary, on the wild fixtures of the parser's corpus and on documents
/// written here.
@Suite("convert: documents that are not feeds, ids, dates and empty elements")
struct CLIConvertWildTests {
    static let wild = Fixtures.sourceDirectory()
        .appendingPathComponent("../FeedParserTests/Fixtures/feeds/wild").standardizedFileURL

    /// Runs `convert` on `contents` written to a temporary file named `name`.
    static func convert(_ contents: String, name: String, _ arguments: [String] = []) throws
        -> CLIRunner.Result
    {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fw-wild-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(contents.utf8).write(to: directory.appendingPathComponent(name))
        return try CLIRunner.run(["convert", name] + arguments, in: directory)
    }

    static func convertFixture(_ name: String, _ arguments: [String] = []) throws -> CLIRunner.Result {
        try CLIRunner.run(["convert", name] + arguments, in: wild)
    }

    @Test(
        "one clear line for a document that is not a feed",
        arguments: [
            ("empty.xml", "", "the document is empty"),
            ("blank.xml", " \n\t\r\n", "the document is empty: it holds nothing but whitespace"),
            (
                "object.json", #"{"a":1}"#,
                #"not a JSON Feed: the JSON object has no jsonfeed.org "version" and no "items" array"#
            ),
            (
                "comment.xml", "<?xml version=\"1.0\"?>\n<!-- nothing -->\n",
                "the document has no root element: nothing but an XML declaration and comments"
            ),
        ])
    func notAFeed(name: String, contents: String, message: String) throws {
        let result = try Self.convert(contents, name: name)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: \(name): \(message)\n")
    }

    @Test func aWebPageNamesTheFeedsItLinksTo() throws {
        let result = try Self.convertFixture("notfeed_web_page_with_feed_links.xml")
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: notfeed_web_page_with_feed_links.xml: this is a web page (HTML), not a feed; it links to the feeds "
                + "https://news.example.com/section/feed.rss, https://news.example.com/atom.xml, "
                + "https://news.example.com/feed.json?a=1&b=2\n")
        let page =
            #"<html><head><link rel="alternate" type="application/atom+xml" href="/a.xml"></head></html>"#
        let relative = try Self.convert(
            page, name: "page.html", ["--base-url", "https://site.example.org/news/"])
        #expect(relative.stderr.hasSuffix("it links to the feed https://site.example.org/a.xml\n"))
        let none = try Self.convertFixture("notfeed_web_page_without_feed_links.xml")
        #expect(none.stderr.hasSuffix("this is a web page (HTML), not a feed, and it links to no feed\n"))
    }

    @Test func aJSONFeedWithoutVersionIsStillRead() throws {
        let result = try Self.convert(
            #"{"title":"T","items":[{"id":"1","content_text":"x"}]}"#, name: "f.json")
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: MissingValue the JSON Feed has no version"))
    }

    @Test func errorsAreJSONWithDiagnosticsJSON() throws {
        let result = try Self.convert("", name: "empty.xml", ["--diagnostics", "json"])
        #expect(result.status == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stderr.utf8)) as? [String: Any])
        #expect(object["input"] as? String == "empty.xml")
        #expect((object["error"] as? [String: Any])?["message"] as? String == "the document is empty")
        let bad = try Self.convert(
            "<?xml version=\"1.0\"?>\n<config/>\n", name: "bad.xml", ["--diagnostics", "json"])
        #expect(bad.status == 1)
        let error = try #require(
            (try JSONSerialization.jsonObject(with: Data(bad.stderr.utf8)) as? [String: Any])?["error"]
                as? [String: Any])
        #expect(error["line"] as? Int == 2)
        #expect(error["column"] as? Int == 1)
        let missing = try CLIRunner.run(["convert", "missing.xml", "--diagnostics", "json"], in: Self.wild)
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("{"))
    }

    @Test func undatedAtomEntriesTakeTheNewestDateWithAWarning() throws {
        let result = try Self.convertFixture("writer_undated_items.xml", ["--to", "atom"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("1970"))
        #expect(
            result.stdout.components(separatedBy: "<updated>2025-05-14T08:30:00+00:00</updated>").count == 5)
        #expect(
            result.stderr.contains(
                "warning: UndatedEntry entry \"First undated\" and 1 more have no date; Atom's required <updated> is the feed's newest date 2025-05-14T08:30:00+00:00"
            ))
        for format in ["rss", "json"] {
            let other = try Self.convertFixture("writer_undated_items.xml", ["--to", format])
            #expect(other.stderr.isEmpty)
            #expect(!other.stdout.contains("1970"))
        }
    }

    @Test func aFeedWithoutAnyDateTakesTheTimeItWasRead() throws {
        let before = Date()
        let result = try Self.convertFixture("writer_no_dates_at_all.xml", ["--to", "atom"])
        #expect(!result.stdout.contains("1970"))
        #expect(result.stderr.contains("Atom's required <updated> is the time the document was read: "))
        let year = Calendar(identifier: .gregorian).component(.year, from: before)
        #expect(result.stdout.contains("<updated>\(year)-"))
    }

    @Test func itemsWithoutGuidOrLinkGetTheSameDerivedIdInEveryFormat() throws {
        var ids: [String: [String]] = [:]
        for format in ["json", "rss", "atom"] {
            let result = try Self.convertFixture("writer_items_without_guid_or_link.xml", ["--to", format])
            #expect(result.status == 0)
            let pattern = try NSRegularExpression(pattern: "urn:feedwright:entry:[0-9a-f]{16}")
            ids[format] = pattern.matches(
                in: result.stdout, range: NSRange(result.stdout.startIndex..., in: result.stdout)
            )
            .map { String(result.stdout[Range($0.range, in: result.stdout)!]) }
            #expect(!result.stdout.contains("Weekly update#2"))
            #expect(!result.stdout.contains(#""id": """#))
        }
        #expect(ids["json"]?.count == 3)
        #expect(Set(ids["json"] ?? []).count == 3)
        #expect(ids["rss"] == ids["json"])
        #expect(ids["atom"] == ids["json"])
    }

    @Test("no empty element in any format", arguments: ["rss", "atom", "json"])
    func noEmptyElements(format: String) throws {
        let result = try Self.convertFixture("writer_empty_elements.xml", ["--to", format])
        #expect(result.status == 0)
        for empty in [
            "<link></link>", "<title></title>", "<description></description>",
            "<guid isPermaLink=\"false\"></guid>",
            "<language></language>", "xml:lang=\"\"", "<summary type=\"html\"></summary>",
            "<content></content>", "\"\"",
        ] {
            #expect(!result.stdout.contains(empty))
        }
    }

    @Test("a gzip file, compressed once or twice, is decompressed with a warning", arguments: [1, 2])
    func gzipFile(layers: Int) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fw-gz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var file = Self.wild.appendingPathComponent("writer_undated_items.xml")
        for layer in 1...layers {
            let next = directory.appendingPathComponent("feed\(layer).gz")
            let gzip = Process()
            gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
            gzip.arguments = ["-c", file.path]
            try #require(FileManager.default.createFile(atPath: next.path, contents: nil))
            gzip.standardOutput = try FileHandle(forWritingTo: next)
            try gzip.run()
            gzip.waitUntilExit()
            file = next
        }
        let result = try CLIRunner.run(["convert", file.lastPathComponent], in: directory)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"title\": \"Second undated\""))
        let times = layers > 1 ? " \(layers) times" : ""
        #expect(
            result.stderr.contains(
                "warning: Compressed the document was gzip-compressed\(times) after any HTTP decoding"))
        let limited = try CLIRunner.run(
            ["convert", file.lastPathComponent, "--max-size", "600"], in: directory)
        #expect(limited.status == 1)
        #expect(limited.stderr.contains("bytes once decompressed"))
    }
}
