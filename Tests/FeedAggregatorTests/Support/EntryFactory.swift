import FeedDates
import FeedModel
import FeedTestSupport
import Foundation

/// Entries built for dedup tests: only the id, title, instant and origin matter.
enum EntryFactory {
    static let wire = Origin(name: "wire", feedURL: "https://wire.example.net/rss")
    static let agency = Origin(name: "agency", feedURL: "https://agency.example.org/atom")

    static func entry(_ id: String, _ title: String, _ instant: Date?, origin: Origin? = nil) -> Entry {
        Entry(id: id, title: title, published: instant, origin: origin)
    }

    /// An RFC 3339 instant from a fixture, or a thrown error naming it.
    static func instant(_ text: String) throws -> Date {
        guard let date = RFC3339.parse(text) else { throw FixtureError("not an RFC 3339 instant: \(text)") }
        return date
    }

    /// 2025-05-10T12:00:00Z plus `minutes`.
    static func noonPlus(_ minutes: Double) -> Date {
        Date(timeIntervalSince1970: 1_746_878_400 + minutes * 60)
    }
}
