import FeedParser
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Hostile documents: nothing outside the document is read, nothing is requested, and
/// expansion bombs stop quickly.
@Suite("Hostile input is safe")
struct HostileInputTests {
    @Test func externalFileEntityIsNeverRead() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>t &xxe;</title><link>https://e.example/</link>
            <description>d</description><item><title>&xxe;</title></item></channel></rss>
            """
        let parsed = try? Parser.parse(Data(xml.utf8))
        let everything = String(describing: parsed)
        #expect(!everything.contains("root:"))
    }

    @Test func externalHTTPEntityMakesNoRequest() throws {
        let listener = try LoopbackListener()
        defer { listener.close() }
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "http://127.0.0.1:\(listener.port)/evil.dtd" [
              <!ENTITY remote SYSTEM "http://127.0.0.1:\(listener.port)/secret">
              <!ENTITY % param SYSTEM "http://127.0.0.1:\(listener.port)/param.dtd"> %param;
            ]>
            <rss version="2.0"><channel><title>&remote;</title><link>https://e.example/</link>
            <description>d</description></channel></rss>
            """
        _ = try? Parser.parse(Data(xml.utf8))
        #expect(listener.acceptedConnections() == 0)
    }

    @Test func externalParameterEntityIsReportedAndNotLoaded() throws {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY % unused SYSTEM "file:///etc/passwd">
              <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">
              %remote;
            ]>
            <rss version="2.0"><channel><title>t</title><link>https://e.example/</link>
            <description>d</description></channel></rss>
            """
        let parsed = try Parser.parse(Data(xml.utf8))
        let entities = parsed.diagnostics.filter { $0.message.contains("entity") }
        #expect(entities.map(\.message) == ["external parameter entity '%remote;' was not loaded"])
        #expect(entities.first?.severity == .warning)
        #expect(entities.first?.line == 5)
        #expect(parsed.feed.title == "t")
    }

    @Test func billionLaughsStopsQuicklyAndSmall() throws {
        var entities = "<!ENTITY lol0 \"lol\">"
        for level in 1...10 {
            let refs = String(repeating: "&lol\(level - 1);", count: 10)
            entities += "<!ENTITY lol\(level) \"\(refs)\">"
        }
        let xml = """
            <?xml version="1.0"?><!DOCTYPE rss [\(entities)]>
            <rss version="2.0"><channel><title>&lol10;</title><link>https://e.example/</link>
            <description>d</description></channel></rss>
            """
        try expectBounded(Data(xml.utf8))
    }

    @Test func quadraticBlowupStopsQuicklyAndSmall() throws {
        let big = String(repeating: "a", count: 50_000)
        let refs = String(repeating: "&big;", count: 20_000)
        let xml = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "\(big)">]>
            <rss version="2.0"><channel><title>t</title><link>https://e.example/</link>
            <description>\(refs)</description></channel></rss>
            """
        try expectBounded(Data(xml.utf8))
    }

    @Test(arguments: [FeedSourceFormat.rss20, .atom10, .jsonFeed11])
    func itemsPastMaxEntriesAreNotRead(format: FeedSourceFormat) throws {
        let options = ParseOptions(maxEntries: 10)
        let exact = try Parser.parse(document(format, items: 10), options: options)
        #expect(exact.feed.entries.count == 10)
        #expect(!exact.diagnostics.contains { $0.code == .limitExceeded })
        let over = try Parser.parse(document(format, items: 30), options: options)
        #expect(over.feed.entries.count == 10)
        let limit = try #require(over.diagnostics.first { $0.code == .limitExceeded })
        #expect(limit.message.contains("truncated") && limit.message.contains("--max-items"))
        #expect(limit.line != nil && limit.column != nil)
    }

    @Test func deeplyNestedJSONIsAnErrorWithItsPosition() throws {
        let depth = 100_000
        let json =
            #"{"version":"https://jsonfeed.org/version/1.1","items":"#
            + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        #expect(throws: FeedParseError("invalid JSON: nesting deeper than 100 levels", line: 1, column: 154))
        {
            try Parser.parse(Data(json.utf8))
        }
    }

    private func document(_ format: FeedSourceFormat, items: Int) -> Data {
        let text: String
        switch format {
        case .atom10:
            text =
                #"<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>"#
                + (0..<items).map { "<entry><id>urn:e:\($0)</id><title>\($0)</title></entry>" }.joined()
                + "</feed>"
        case .jsonFeed11:
            text =
                #"{"version":"https://jsonfeed.org/version/1.1","title":"t","items":["#
                + (0..<items).map { #"{"id":"\#($0)","content_text":"x"}"# }.joined(separator: ",") + "]}"
        default:
            text =
                #"<rss version="2.0"><channel><title>t</title>"#
                + (0..<items).map { "<item><title>\($0)</title></item>" }.joined() + "</channel></rss>"
        }
        return Data(text.utf8)
    }

    /// Wall time under 1 s and peak memory growth under 50 MB, whether the parse fails or
    /// stops early with a diagnostic.
    private func expectBounded(_ data: Data) throws {
        let before = peakResidentBytes()
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let parsed = try? Parser.parse(data)
            if let parsed {
                #expect(!parsed.isWellFormed || parsed.diagnostics.contains { $0.severity == .error })
            }
        }
        #expect(elapsed < .seconds(1))
        #expect(peakResidentBytes() - before < 50 << 20)
    }

    private func peakResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
