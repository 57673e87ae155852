import FeedModel
import FeedWriter
import Foundation
import Testing

@Suite("Entry ids and Atom's required dates")
struct WriterIdentityAndDateTests {
    static let readAt = Date(timeIntervalSince1970: 1_764_892_800)  // 2025-12-05T00:00:00Z
    let context = WriteContext(timeZone: TimeZone(identifier: "UTC")!, readAt: readAt)

    func render(_ feed: Feed, _ format: FeedFormat) throws -> (text: String, notes: [WriteNote]) {
        let rendered = try FeedRenderer.rendered(feed, as: format, context: context)
        return (String(decoding: rendered.bytes, as: UTF8.self), rendered.notes)
    }

    @Test func anIdIsTheSourceIdElseTheLinkElseAStableDigest() {
        var entry = Entry(id: "", title: "Weekly update", summary: .plain("Closed on Monday"))
        let derived = EntryIdentity.id(for: entry)
        #expect(derived == "urn:feedwright:entry:" + String(derived.suffix(16)))
        #expect(derived.count == "urn:feedwright:entry:".count + 16)
        #expect(EntryIdentity.id(for: entry) == derived)
        // Never the title, and another text gives another id.
        #expect(!derived.contains("Weekly"))
        var other = entry
        other.summary = .plain("Closed on Tuesday")
        #expect(EntryIdentity.id(for: other) != derived)
        entry.links = [Link(href: "https://example.org/1")]
        #expect(EntryIdentity.id(for: entry) == "https://example.org/1")
        entry.id = "guid-1"
        #expect(EntryIdentity.id(for: entry) == "guid-1")
    }

    @Test func theSameDerivedIdInEveryFormat() throws {
        var feed = SampleFeeds.empty
        feed.entries = [
            Entry(id: "", title: "Same", summary: .plain("a")),
            Entry(id: "", title: "Same", summary: .plain("b")),
        ]
        let ids = feed.entries.map(EntryIdentity.id(for:))
        #expect(Set(ids).count == 2)
        for format in FeedFormat.allCases {
            let text = try render(feed, format).text
            for id in ids { #expect(text.contains(id), "\(format)") }
            #expect(!text.contains(#""id": """#))
        }
        #expect(try render(feed, .rss).text.contains("<guid isPermaLink=\"false\">\(ids[0])</guid>"))
    }

    @Test func undatedAtomEntriesTakeTheNewestDateOfTheDocument() throws {
        var feed = SampleFeeds.empty
        feed.entries = [
            Entry(id: "a", title: "Undated", links: [Link(href: "https://news.example.com/a")]),
            Entry(
                id: "b", title: "Dated", links: [Link(href: "https://news.example.com/b")],
                published: Date(timeIntervalSince1970: 1_747_000_000)),
        ]
        let (atom, notes) = try render(feed, .atom)
        #expect(!atom.contains("1970"))
        #expect(atom.components(separatedBy: "<updated>2025-05-11T21:46:40+00:00</updated>").count == 4)
        #expect(notes.map(\.code) == [.undatedEntry])
        #expect(notes.last?.message.contains("entry \"Undated\" has no date") == true)
        #expect(try render(feed, .rss).notes.isEmpty)
    }

    @Test func aDocumentWithoutAnyDateTakesTheTimeItWasRead() throws {
        var feed = SampleFeeds.empty
        feed.entries = [Entry(id: "a", title: "Timeless", links: [Link(href: "https://news.example.com/a")])]
        let (atom, notes) = try render(feed, .atom)
        #expect(atom.components(separatedBy: "<updated>2025-12-05T00:00:00+00:00</updated>").count == 3)
        #expect(notes.allSatisfy { $0.message.contains("the time the document was read") })
        let json = try render(feed, .json).text
        #expect(!json.contains("date_"))
    }

    @Test func streamingHoldsAtomEntriesUntilTheNewestDateIsKnown() throws {
        var bytes: [UInt8] = []
        let writer = try StreamingFeedWriter(format: .atom, context: context) { bytes.append(contentsOf: $0) }
        let header = SampleFeeds.empty
        try writer.write(Entry(id: "a", title: "Undated"), header: { header })
        try writer.write(
            Entry(id: "b", title: "Later", published: Date(timeIntervalSince1970: 1_747_000_000)),
            header: { header })
        try writer.finish(header)
        let atom = String(decoding: bytes, as: UTF8.self)
        #expect(atom.components(separatedBy: "<updated>2025-05-11T21:46:40+00:00</updated>").count == 4)
        #expect(writer.notes.map(\.code) == [.undatedEntry])
    }
}
