import FeedAggregator
import FeedModel
import FeedTestSupport
import Testing

/// Pairs of titles and instants from `Fixtures/dedup/*.tsv`, each either one story or two.
@Suite("Dedup table")
struct DedupTableTests {
    @Test("the tables cover at least 40 pairs")
    func tableSize() {
        #expect(DedupTables.rows(in: "dedup").count >= 40)
    }

    @Test("a partner copy of a site item", arguments: DedupTables.rows(in: "dedup"))
    func localAndPartner(row: FixtureRow) throws {
        let (same, a, b) = try Self.entries(row)
        let outcome = Deduplicator().merge(local: [a], partners: [b])
        #expect(outcome.duplicates.map(\.keptID) == (same ? ["A"] : []))
        #expect(outcome.kept.map(\.id) == (same ? ["A"] : ["A", "B"]))
    }

    @Test("two partner copies", arguments: DedupTables.rows(in: "dedup"))
    func twoPartners(row: FixtureRow) throws {
        let (same, a, b) = try Self.entries(row)
        let outcome = Deduplicator().merge(local: [], partners: [a, b])
        #expect(outcome.duplicates.count == (same ? 1 : 0))
        // The earlier copy wins; at the same instant, the first in input order.
        let winner = b.published! < a.published! ? "B" : "A"
        #expect(outcome.duplicates.map(\.keptID) == (same ? [winner] : []))
    }

    private static func entries(_ row: FixtureRow) throws -> (same: Bool, a: Entry, b: Entry) {
        let columns = try row.columns(6)
        guard columns[0] == "same" || columns[0] == "different" else {
            throw FixtureError("\(row.file):\(row.line): expect is '\(columns[0])', not same or different")
        }
        let a = EntryFactory.entry("A", columns[1], try EntryFactory.instant(columns[2]))
        let b = EntryFactory.entry(
            "B", columns[3], try EntryFactory.instant(columns[4]), origin: EntryFactory.wire)
        return (columns[0] == "same", a, b)
    }
}
