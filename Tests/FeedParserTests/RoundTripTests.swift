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
        (try? FeedParser.parse(ParserFixtures.data(path), options: options(path))) != nil
    }

    /// Parsed with a document URL, so relative links are absolute before and after.
    static func options(_ path: String) -> ParseOptions {
        ParseOptions(documentURL: "https://fixtures.example.com/\(path)")
    }

    @Test("round trip", arguments: readable, [FeedFormat.rss, .atom])
    func roundTrip(path: String, format: FeedFormat) throws {
        let original = try FeedParser.parse(try ParserFixtures.data(path), options: Self.options(path)).feed
        let context = WriteContext(timeZone: TimeZone(identifier: "UTC")!)
        let bytes = try FeedRenderer.render(original, as: format, context: context)
        let check = XMLWellFormedness.check(bytes)
        #expect(check.ok, "\(check.firstError ?? "")")
        let reread = try FeedParser.parse(Data(bytes), options: Self.options(path)).feed
        #expect(reread.entries.count == original.entries.count)
        for (before, after) in zip(original.entries, reread.entries) {
            // Atom ids must be IRIs; a guid that is not one comes back made into one.
            let id = format == .atom ? AtomIdentifier.iri(for: before, feedID: original.id) : before.id
            #expect(after.id == id)
            #expect(after.title == before.title)
            #expect(after.link(rel: "alternate")?.href == before.link(rel: "alternate")?.href)
            if let date = before.effectiveDate { #expect(after.effectiveDate == date.wholeSeconds) }
        }
    }
}

extension Date {
    /// Feeds carry whole seconds; fractions are dropped on output.
    var wholeSeconds: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }
}
