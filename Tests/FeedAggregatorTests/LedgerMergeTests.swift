import FeedFetch
import FeedModel
import Foundation
import Testing

@testable import FeedAggregator

/// The bounded merge (records for every candidate, whole entries only for those that may be
/// published) against a merge of every entry held at once, written here the plain way: the
/// same ids, the same entries in the same order, the same duplicate counts, whatever the
/// order in which the sources finish.
@Suite("The ledger merge decides as a merge of every entry at once")
struct LedgerMergeTests {
    static let namespace = "tag:ledger.example,2026:partner/"
    static let start = Date(timeIntervalSince1970: 1_780_000_000)

    @Test("random sites: shared titles, clashing ids, equal instants", arguments: 0..<40)
    func sameAsWholeMerge(seed: UInt64) async {
        var random = SplitMix64(seed: seed)
        let site = RandomSite.make(&random, sources: 2 + Int(random.next() % 30))
        let limit = [1, 5, 20, 200, Int.max][Int(seed % 5)]
        let archived = seed % 3 == 0 ? Set(site.sources.joined().map(\.id).filter { $0.hasSuffix("7") }) : nil
        let expected = WholeMerge.merge(site, limit: limit, window: 1_800, excluded: archived)
        let actual = ledgerMerge(site, limit: limit, window: 1_800, excluded: archived, arrival: &random)
        #expect(actual.entries.map(\.id) == expected.entries.map(\.id))
        #expect(actual.entries == expected.entries)
        #expect(actual.duplicates == expected.duplicates)
    }

    @Test("a feed of a few items keeps only the newest candidates whole")
    func holdsLittle() {
        var random = SplitMix64(seed: 99)
        let site = RandomSite.make(&random, sources: 200)
        var reduction = HarvestReduction(
            plan: plan(site, limit: 10, excluded: nil), store: nil, sourceCount: 200)
        for (index, harvest) in harvests(site).enumerated() { try? reduction.add(harvest, at: index) }
        let harvest = try? reduction.finish()
        let ledger = harvest?.ledger
        #expect(ledger?.records.count == site.sources.joined().count)
        #expect((ledger?.held.count ?? .max) < site.sources.joined().count / 4)
    }

    private func plan(_ site: RandomSite, limit: Int, excluded: Set<String>?) -> CandidateLedger.Plan {
        var isExcluded: (@Sendable (String) -> Bool)?
        if let excluded { isExcluded = { excluded.contains($0) } }
        return CandidateLedger.Plan(
            local: site.local, limit: limit, window: 1_800, isExcluded: isExcluded, namespace: Self.namespace)
    }

    private func harvests(_ site: RandomSite) -> [SourceHarvest] {
        site.sources.enumerated().map { index, entries in
            let source = PartnerSource(name: "S\(index)", location: .file(URL(fileURLWithPath: "/dev/null")))
            var harvest = SourceHarvest(
                source: source, report: SourceReport(name: source.name, location: "-", status: .ok),
                record: nil)
            harvest.offer(entries, rows: { _ in nil }, namespace: Self.namespace)
            return harvest
        }
    }

    private func ledgerMerge(
        _ site: RandomSite, limit: Int, window: TimeInterval, excluded: Set<String>?,
        arrival random: inout SplitMix64
    ) -> (entries: [Entry], duplicates: [Int]) {
        let all = harvests(site)
        var reduction = HarvestReduction(
            plan: plan(site, limit: limit, excluded: excluded), store: nil, sourceCount: all.count)
        var order = Array(all.indices)
        for index in order.indices.reversed() { order.swapAt(index, Int(random.next() % UInt64(index + 1))) }
        for index in order { try? reduction.add(all[index], at: index) }
        guard var harvest = try? reduction.finish() else { return ([], []) }
        var aggregator = Aggregator(
            sources: [], fetcher: Fetcher(), timeout: 1, maxBytes: 1,
            deduplicator: Deduplicator(window: window),
            now: Self.start)
        aggregator.clashNamespace = Self.namespace
        let merged = aggregator.merge(harvest: &harvest)
        return (merged, harvest.reports.map(\.duplicates))
    }
}
