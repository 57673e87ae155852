public import FeedFetch
public import FeedModel
public import FeedState
public import Foundation

/// Reads every partner source, joins each with its archive, and merges them into the
/// site's own items without duplicates. Values in, values out: the state store is only
/// read here; the caller saves ``Harvest/finish(published:)``'s changes together with the
/// feeds it publishes (see the build's commit order), so a build that dies before that
/// leaves the state as it was.
public struct Aggregator: Sendable {
    /// The partner feeds to read, in config order.
    public var sources: [PartnerSource]
    /// The HTTP client for sources with http(s) URLs.
    public var fetcher: Fetcher
    /// Whole-exchange timeout in seconds and body cap in bytes for every source.
    public var timeout: Int
    /// The largest body read from any source, in bytes.
    public var maxBytes: Int
    /// Decides which partner items are the same story as another.
    public var deduplicator: Deduplicator
    /// The build's clock: item ages and future dates are judged against it.
    public var now: Date
    /// Where a partner item whose ID clashes with another's gets its new ID: the site's
    /// own `tag:` namespace when it has one.
    public var clashNamespace = "urn:feedwright:partner:"
    /// What a partner item may carry; past it, the item is repaired (see `limits` in the
    /// README).
    public var limits = ItemLimits()

    /// An aggregator with the default item limits and no ID namespace.
    public init(
        sources: [PartnerSource], fetcher: Fetcher, timeout: Int, maxBytes: Int, deduplicator: Deduplicator,
        now: Date
    ) {
        self.sources = sources
        self.fetcher = fetcher
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.deduplicator = deduplicator
        self.now = now
    }

    /// Reads and parses every source (in parallel) and joins each with its archive.
    /// Without a store (ad-hoc `merge`), every source is read afresh.
    public func harvest(from store: StateStore?) async throws(StateError) -> Harvest {
        let records = try store?.sourceRecords() ?? [:]
        let archive = try store?.archivedItems() ?? [:]
        let reader = SourceReader(fetcher: fetcher, timeout: timeout, maxBytes: maxBytes, now: now)
        let gathered = await withTaskGroup(of: (Int, SourceHarvest).self) { group in
            for (index, source) in sources.enumerated() {
                group.addTask {
                    let gatherer = SourceGatherer(
                        source: source, record: records[source.name], archived: archive[source.name] ?? [],
                        reader: reader, now: now, limits: limits, namespace: clashNamespace)
                    return (index, await gatherer.gather())
                }
            }
            var results = [SourceHarvest?](repeating: nil, count: sources.count)
            for await (index, result) in group { results[index] = result }
            return results.compactMap { $0 }
        }
        var harvest = Harvest(sources: gathered)
        harvest.forgetRemovedSources(known: Set(records.keys).union(archive.keys), configured: sources)
        return harvest
    }

    /// The newest `limit` of the local entries and every source's candidates, without
    /// duplicates: local items always stay; the earliest partner copy of a story wins over
    /// later ones. Newest first, equal instants by ID.
    ///
    /// Only the entries returned are copied: a merge of a thousand feeds decides on tens of
    /// thousands of items to publish fifty. Entries whose id `isExcluded` says (the items
    /// already in the published feed's archive) still win over their duplicates, but are
    /// not returned.
    public func merge(
        local: [Entry], harvest: inout Harvest, limit: Int = .max,
        excluding isExcluded: (String) -> Bool = { _ in false }
    ) -> [Entry] {
        harvest.renamed = UniqueIDs.assign(in: &harvest.sources, taken: local, namespace: clashNamespace)
        // Each partner entry by (source, position): small values, not copies of the entries.
        let (places, chosen) = decide(
            local: local, sources: harvest.sources, limit: limit, excluding: isExcluded)
        countDuplicates(places.duplicatesPerSource, in: &harvest)
        return chosen.map { pick in
            if pick.isLocal { return local[pick.index] }
            let (source, position) = places.all[pick.index]
            return harvest.sources[source].candidates[position]
        }
    }

    private struct Places {
        var all: [(Int, Int)]
        var duplicatesPerSource: [Int]
    }

    /// The dedup and newest-first decisions, read from the sources without copying them (a
    /// copy held here would make the report updates that follow copy every source).
    private func decide(
        local: [Entry], sources: borrowing [SourceHarvest], limit: Int, excluding isExcluded: (String) -> Bool
    ) -> (Places, [NewestFirst.Pick]) {
        let places = sources.indices.flatMap { source in
            sources[source].candidates.indices.map { (source, $0) }
        }
        let winners = deduplicator.winners(
            local: local, partnerIDs: places.map { sources[$0.0].candidates[$0.1].id },
            partnerDates: places.map { sources[$0.0].candidates[$0.1].effectiveDate },
            partnerKeys: sources.flatMap(\.candidateKeys))
        var duplicates = [Int](repeating: 0, count: sources.count)
        for ((source, _), winner) in zip(places, winners) where winner != nil { duplicates[source] += 1 }
        let survivors = places.indices.filter {
            winners[$0] == nil && !isExcluded(sources[places[$0].0].candidates[places[$0].1].id)
        }
        let chosen = NewestFirst.pick(
            limit,
            local: local.indices.filter { !isExcluded(local[$0].id) }.map {
                (local[$0].effectiveDate, local[$0].id, $0)
            },
            partners: survivors.map { position in
                let entry = sources[places[position].0].candidates[places[position].1]
                return (entry.effectiveDate, entry.id, position)
            })
        return (Places(all: places, duplicatesPerSource: duplicates), chosen)
    }

    private func countDuplicates(_ perSource: [Int], in harvest: inout Harvest) {
        for index in harvest.sources.indices { harvest.sources[index].report.duplicates = perSource[index] }
    }
}
