import FeedFormats
import FeedModel
import FeedParser
import FeedWriter
import FeedXML
import Foundation
import Testing

/// `convert --to rss` and `--to atom` of every fixture is well-formed and reads back to
/// the same items (in Atom, with ids made IRIs where they were not).
@Suite("Converted fixtures read back to the same items")
struct RoundTripTests {
    static let readable: [String] = ParserFixtures.all.filter { path in
        (try? Parser.parse(ParserFixtures.data(path), options: options(path))) != nil
    }

    /// Parsed with a document URL, so relative links are absolute before and after.
    static func options(_ path: String) -> ParseOptions {
        ParseOptions(documentURL: "https://fixtures.example.com/\(path)")
    }

    @Test("round trip", arguments: readable, [FeedFormat.rss, .atom])
    func roundTrip(path: String, format: FeedFormat) throws {
        let original = try Parser.parse(try ParserFixtures.data(path), options: Self.options(path)).feed
        let context = WriteContext(timeZone: TimeZone(identifier: "UTC")!)
        let bytes = try FeedRenderer.render(original, as: format, context: context)
        let check = XMLWellFormedness.check(bytes)
        #expect(check.ok, "\(check.firstError ?? "")")
        let reread = try Parser.parse(Data(bytes), options: Self.options(path)).feed
        #expect(reread.entries.count == original.entries.count)
        var ids = EntryIDs()
        for (before, after) in zip(original.entries, reread.entries) {
            var written = before
            written.id = ids.unique(before.id)
            #expect(after.id == Self.expectedID(written, format: format, feedID: original.id))
            // A blank title is written as the one the writer derives (Atom requires one).
            if before.title.allSatisfy(\.isWhitespace) {
                #expect(format == .rss || !after.title.isEmpty)
            } else {
                #expect(after.title == before.title)
            }
            let link = before.link(rel: "alternate")?.href
            #expect(after.link(rel: "alternate")?.href == (format == .rss ? link.map(URIText.uri) : link))
            if let date = before.effectiveDate { #expect(after.effectiveDate == date.wholeSeconds) }
        }
    }
}

extension RoundTripTests {
    /// What a writer makes of an id: Atom ids must be IRIs, a repeated id gets `#2`, and an
    /// RSS permalink guid is a URI (internationalised hosts in IDNA form).
    static func expectedID(_ entry: Entry, format: FeedFormat, feedID: String) -> String {
        switch format {
        case .atom: AtomIdentifier.iri(for: entry, feedID: feedID)
        case .rss: RSSItem.guid(for: entry).value
        case .json: entry.id
        }
    }
}

extension Date {
    /// Feeds carry whole seconds; fractions are dropped on output.
    var wholeSeconds: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }
}
