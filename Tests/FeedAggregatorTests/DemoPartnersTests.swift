import FeedAggregator
import FeedModel
import FeedTestSupport
import Testing

/// The demo's partner feeds (`partners/`) merged into the bundled seed: exactly the items
/// listed as duplicates in `Fixtures/demo/expected.tsv` are dropped.
@Suite("Demo partner feeds")
struct DemoPartnersTests {
    @Test("every partner item meets the fate the table gives it")
    func fates() throws {
        let partners = try DemoData.partnerEntries()
        let outcome = Deduplicator().merge(local: try DemoData.seedHeadlines(), partners: partners)
        let winners = Dictionary(uniqueKeysWithValues: outcome.duplicates.map { ($0.dropped.id, $0.keptID) })
        let expected = try DedupTables.rows(in: "demo").map { try $0.columns(4) }
        #expect(expected.map { $0[0] } == partners.map(\.id), "the table lists every partner item in order")
        for row in expected {
            let winner = row[1] == "duplicate" ? row[2] : nil
            #expect(winners[row[0]] == winner, "\(row[0]): \(row[3])")
        }
        #expect(outcome.kept.count == 10 + expected.filter { $0[1] == "kept" }.count)
    }

    @Test("the windows-1251 feed is decoded and its Moscow times read as instants")
    func wireFeedDecodes() throws {
        let wire = try DemoData.partnerEntries().filter { $0.origin?.name == "wire" }
        #expect(wire.count == 8)
        let first = try #require(wire.first)
        #expect(first.title.hasPrefix("Россия - это не про лавандовый раф"))
        #expect(first.published == (try EntryFactory.instant("2025-05-12T13:52:00Z")))
    }

    @Test("partner HTML arrives sanitised")
    func summariesAreSanitised() throws {
        for entry in try DemoData.partnerEntries() {
            let html = (entry.summary?.value ?? "") + (entry.content?.value ?? "")
            #expect(!html.isEmpty, "\(entry.id) has a summary")
            for hostile in ["<script", "onclick", "onmouseover", "onerror", "javascript:", "<iframe"] {
                #expect(!html.contains(hostile), "\(entry.id) keeps \(hostile)")
            }
        }
    }
}
