import FeedModel
import Foundation
import Testing

@testable import FeedAggregator

/// Archived partner entries live in users' SQLite state, so what earlier versions wrote
/// must keep decoding. The payloads below were written by the `JSONEncoder` coding
/// (sorted keys, escaped slashes, dates as seconds) that the archive used before it moved
/// to the shared JSON writer.
@Suite("Entry archive compatibility")
struct EntryArchiveCompatibilityTests {
    static let entry = Entry(
        id: "tag:wire.example.com,2025:item/42", title: "Звонок «в дверь» — \"quoted\" / slash",
        links: [
            Link(href: "https://wire.example.com/42", rel: "alternate", type: "text/html", hreflang: "ru")
        ],
        summary: Text("Краткое\nописание"),
        content: Text("<p>Текст &amp; <b>разметка</b></p>", kind: .html),
        published: Date(timeIntervalSince1970: 1_747_133_100),
        updated: Date(timeIntervalSince1970: 1_747_133_100.25),
        authors: [Person(name: "Редакция", email: "editor@wire.example.com")],
        categories: [Category(term: "politics", scheme: "https://wire.example.com/tags", label: "Политика")],
        enclosures: [
            Enclosure(url: "https://wire.example.com/42.mp3", mimeType: "audio/mpeg", length: 123_456)
        ],
        image: "https://wire.example.com/42.jpg",
        language: "ru",
        origin: Origin(name: "Wire", feedURL: "https://wire.example.com/rss.xml"))

    static var entryWithBase: Entry {
        var entry = entry
        entry.htmlBase = "https://wire.example.com/news/"
        return entry
    }

    static let earlierPayloads: [(payload: String, entry: Entry)] = [
        (
            #"{"authors":[{"email":"editor@wire.example.com","name":"Редакция"}],"categories":[{"label":"Политика","scheme":"https:\/\/wire.example.com\/tags","term":"politics"}],"content":{"kind":"html","value":"<p>Текст &amp; <b>разметка<\/b><\/p>"},"enclosures":[{"length":123456,"mimeType":"audio\/mpeg","url":"https:\/\/wire.example.com\/42.mp3"}],"id":"tag:wire.example.com,2025:item\/42","image":"https:\/\/wire.example.com\/42.jpg","language":"ru","links":[{"href":"https:\/\/wire.example.com\/42","hreflang":"ru","rel":"alternate","type":"text\/html"}],"origin":{"feedURL":"https:\/\/wire.example.com\/rss.xml","name":"Wire"},"published":1747133100,"summary":{"kind":"text","value":"Краткое\nописание"},"title":"Звонок «в дверь» — \"quoted\" \/ slash","updated":1747133100.25}"#,
            entry
        ),
        (
            #"{"authors":[{"email":"editor@wire.example.com","name":"Редакция"}],"categories":[{"label":"Политика","scheme":"https:\/\/wire.example.com\/tags","term":"politics"}],"content":{"kind":"html","value":"<p>Текст &amp; <b>разметка<\/b><\/p>"},"enclosures":[{"length":123456,"mimeType":"audio\/mpeg","url":"https:\/\/wire.example.com\/42.mp3"}],"htmlBase":"https:\/\/wire.example.com\/news\/","id":"tag:wire.example.com,2025:item\/42","image":"https:\/\/wire.example.com\/42.jpg","language":"ru","links":[{"href":"https:\/\/wire.example.com\/42","hreflang":"ru","rel":"alternate","type":"text\/html"}],"origin":{"feedURL":"https:\/\/wire.example.com\/rss.xml","name":"Wire"},"published":1747133100,"summary":{"kind":"text","value":"Краткое\nописание"},"title":"Звонок «в дверь» — \"quoted\" \/ slash","updated":1747133100.25}"#,
            entryWithBase
        ),
        (
            #"{"authors":[],"categories":[],"enclosures":[],"id":"minimal","links":[],"title":""}"#,
            Entry(id: "minimal", title: "")
        ),
    ]

    @Test("payloads written by the JSONEncoder coding decode to the same entries", arguments: 0..<3)
    func earlierPayloadDecodes(index: Int) throws {
        let (payload, expected) = Self.earlierPayloads[index]
        let decoded = try #require(EntryArchiveCoding.decode(Data(payload.utf8)))
        #expect(decoded == expected)
    }

    @Test("today's payloads decode to the entry encoded", arguments: 0..<3)
    func roundTrip(index: Int) {
        let entry = Self.earlierPayloads[index].entry
        #expect(EntryArchiveCoding.decode(EntryArchiveCoding.encode(entry)) == entry)
    }

    @Test("an unchanged entry encodes to the same bytes")
    func deterministic() {
        #expect(EntryArchiveCoding.encode(Self.entry) == EntryArchiveCoding.encode(Self.entry))
    }

    /// Every field of the model set, nested ones included.
    static var fullEntry: Entry {
        var entry = entryWithBase
        entry.links[0].title = "Звонок"
        entry.links[0].length = 2048
        entry.authors[0].uri = "https://wire.example.com/desk"
        entry.enclosures[0].title = "Audio"
        entry.origin?.siteURL = "https://wire.example.com/"
        return entry
    }

    /// The archive writes the model's fields by hand; the model's own `Codable` conformance
    /// is the oracle for which fields there are, so a field added to the model and not to
    /// the archive fails here instead of silently going missing from republished items.
    @Test("the archive carries exactly the fields the model's Codable conformance has")
    func sameFieldsAsCodable() throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .secondsSince1970
        let byCodable =
            try JSONSerialization.jsonObject(with: encoder.encode(Self.fullEntry)) as? NSDictionary
        let byArchive =
            try JSONSerialization.jsonObject(with: EntryArchiveCoding.encode(Self.fullEntry)) as? NSDictionary
        #expect(byCodable != nil && byCodable == byArchive)
        #expect(EntryArchiveCoding.decode(EntryArchiveCoding.encode(Self.fullEntry)) == Self.fullEntry)
    }

    @Test("a payload missing a required field, or not JSON, is not an entry")
    func unreadable() {
        #expect(EntryArchiveCoding.decode(Data(#"{"id":"x","title":""}"#.utf8)) == nil)
        #expect(EntryArchiveCoding.decode(Data("not json".utf8)) == nil)
    }
}
