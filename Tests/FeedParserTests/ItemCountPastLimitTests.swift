import FeedParser
import Foundation
import Testing

/// Past `maxEntries` the parser builds nothing more but keeps counting the document's
/// items, so that a report can say "read 10 of 30": RSS 2.0, RSS 1.0, Atom and JSON Feed.
@Suite("Items in the document past the item limit")
struct ItemCountPastLimitTests {
    static let formats = ["rss20", "rss10", "atom10", "jsonFeed11"]

    @Test(arguments: formats)
    func theWholeDocumentIsCounted(format: String) throws {
        let parsed = try Parser.parse(
            Self.document(format, items: 30), options: ParseOptions(maxEntries: 10))
        #expect(parsed.feed.entries.count == 10)
        #expect(parsed.entriesInDocument == 30)
        let limit = try #require(parsed.diagnostics.first { $0.code == .limitExceeded })
        #expect(limit.detail == .itemLimit(10))
        #expect(limit.message.contains("30"))
        #expect(limit.message.contains("(the item limit: raise it with convert --max-items"))
    }

    @Test(arguments: formats)
    func noCountWhenEveryItemWasRead(format: String) throws {
        let parsed = try Parser.parse(
            Self.document(format, items: 10), options: ParseOptions(maxEntries: 10))
        #expect(parsed.feed.entries.count == 10)
        #expect(parsed.entriesInDocument == nil)
        #expect(!parsed.diagnostics.contains { $0.code == .limitExceeded })
    }

    /// Only the item element's start tags count, with the prefix the document uses:
    /// elements whose names begin the same (`<itemCode>`) and end tags do not.
    @Test func onlyTheItemElementsStartTagsCount() throws {
        let item =
            #"<rss:item rdf:about="https://e.example/"><rss:title>t</rss:title><x:itemCode>1</x:itemCode></rss:item>"#
        let xml =
            #"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/" xmlns:x="urn:x">"#
            + #"<rss:channel rdf:about="https://e.example/"><rss:title>t</rss:title></rss:channel>"#
            + String(repeating: item, count: 6) + "<rss:item\n/></rdf:RDF>"
        let parsed = try Parser.parse(Data(xml.utf8), options: ParseOptions(maxEntries: 2))
        #expect(parsed.entriesInDocument == 7)
    }

    /// A file too large to be read into memory is counted a chunk at a time, tags cut by a
    /// chunk's end included.
    @Test func aStreamedFileIsCountedInChunks() throws {
        let items = 600_000  // 20 MB: past the 16 MB that are read into memory
        let body = (0..<items).map { "<item><title>\($0)</title></item>\n" }.joined()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "count-\(UUID().uuidString).xml")
        try Data((#"<rss version="2.0"><channel><title>t</title>"# + body + "</channel></rss>").utf8).write(
            to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var read = 0
        let parsed = try Parser.stream(.file(path: url.path), options: ParseOptions(maxEntries: 5)) {
            _, _ in
            read += 1
        }
        #expect(read == 5)
        #expect(parsed.entriesInDocument == items)
    }

    /// Strings holding brackets and commas, nested arrays and objects, and a trailing comma
    /// do not disturb the JSON count.
    @Test func jsonItemsWithAwkwardContentAreCounted() throws {
        let item = #"{"id":"a,]}[{","tags":["x","y"],"_x":{"n":[1,[2]]},"content_text":"\"],"}"#
        let json =
            #"{"version":"https://jsonfeed.org/version/1.1","title":"t","items":["#
            + Array(repeating: item, count: 7).joined(separator: ",") + ",]}"
        let parsed = try Parser.parse(Data(json.utf8), options: ParseOptions(maxEntries: 3))
        #expect(parsed.feed.entries.count == 3)
        #expect(parsed.entriesInDocument == 7)
    }

    /// A JSON Feed cut in another array (a million tags on one item) says nothing about
    /// how many items it has.
    @Test func aCutInAnotherArrayGivesNoItemCount() throws {
        let json =
            #"{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","content_text":"x","tags":["#
            + (0..<20).map { #""t\#($0)""# }.joined(separator: ",") + "]}]}"
        let parsed = try Parser.parse(Data(json.utf8), options: ParseOptions(maxEntries: 5))
        let limit = try #require(parsed.diagnostics.first { $0.code == .limitExceeded })
        #expect(limit.detail == nil)
        #expect(parsed.entriesInDocument == nil)
    }

    static func document(_ format: String, items: Int) -> Data {
        let numbers = 0..<items
        let text =
            switch format {
            case "rss10":
                #"<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">"#
                    + #"<channel rdf:about="https://e.example/"><title>t</title><link>https://e.example/</link></channel>"#
                    + numbers.map {
                        #"<item rdf:about="https://e.example/\#($0)"><title>\#($0)</title></item>"#
                    }
                    .joined() + "</rdf:RDF>"
            case "atom10":
                #"<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>"#
                    + numbers.map { "<entry><id>urn:e:\($0)</id><title>\($0)</title></entry>" }.joined()
                    + "</feed>"
            case "jsonFeed11":
                #"{"version":"https://jsonfeed.org/version/1.1","title":"t","items":["#
                    + numbers.map { #"{"id":"\#($0)","content_text":"x"}"# }.joined(separator: ",") + "]}"
            default:
                #"<rss version="2.0"><channel><title>t</title>"#
                    + numbers.map { "<item><title>\($0)</title><category>c</category></item>" }.joined()
                    + "</channel></rss>"
            }
        return Data(text.utf8)
    }
}
