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

    /// How many sources are read at once: enough to keep the fetcher's connections and
    /// every core busy, few enough that the documents waiting for a parser stay bounded.
    public var concurrentSources = max(64, 4 * ProcessInfo.processInfo.activeProcessorCount)

    /// Reads and parses every source (in parallel), joins each with its archive, and reduces
    /// its items as they arrive to what ``merge(harvest:)`` needs: `local`, `limit` and
    /// `isExcluded` are that merge's (see there). Without a store (ad-hoc `merge`), every
    /// source is read afresh.
    public func harvest(
        from store: StateStore?, local: [Entry] = [], limit: Int = .max,
        excluding isExcluded: (@Sendable (String) -> Bool)? = nil
    ) async throws(StateError) -> Harvest {
        let records = try store?.sourceRecords() ?? [:]
        let archivedNames = try store?.archivedSourceNames() ?? []
        try store?.discardStagedArchive()
        var reduction = HarvestReduction(
            plan: CandidateLedger.Plan(
                local: local, limit: limit, window: deduplicator.window, isExcluded: isExcluded,
                namespace: clashNamespace),
            store: store, sourceCount: sources.count,
            expected: sources.reduce(0) { $0 + min($1.maxItems, 1 << 16) })
        let reader = SourceReader(fetcher: fetcher, timeout: timeout, maxBytes: maxBytes, now: now)
        do {
            try await withThrowingTaskGroup(of: (Int, SourceHarvest).self) { group in
                var next = 0
                func startNext() {
                    guard next < sources.count else { return }
                    let (index, source) = (next, sources[next])
                    next += 1
                    group.addTask {
                        let archived = try store?.archivedItems(of: source.name) ?? []
                        let gatherer = SourceGatherer(
                            source: source, record: records[source.name], archived: archived, reader: reader,
                            now: now, limits: limits, namespace: clashNamespace)
                        return (index, await gatherer.gather())
                    }
                }
                while next < min(concurrentSources, sources.count) { startNext() }
                while let (index, gathered) = try await group.next() {
                    try reduction.add(gathered, at: index)
                    startNext()
                }
            }
        } catch let error as StateError {
            throw error
        } catch {
            throw StateError(path: store?.path.path ?? "", underlying: error)
        }
        var harvest = try reduction.finish()
        harvest.forgetRemovedSources(known: Set(records.keys).union(archivedNames), configured: sources)
        return harvest
    }

    /// The newest `limit` of the local entries and every source's candidates, without
    /// duplicates: local items always stay; the earliest partner copy of a story wins over
    /// later ones. Newest first, equal instants by ID. `limit`, the local entries and the
    /// ids left out (the items already in the published feed's archive, which still win
    /// over their duplicates) are the harvest's.
    ///
    /// The decisions are made over every candidate's record; only the entries returned were
    /// ever needed whole.
    public func merge(harvest: inout Harvest) -> [Entry] {
        guard var ledger = harvest.ledger else { return [] }
        harvest.ledger = nil
        ledger.finishReading()
        let plan = ledger.plan
        let renames = UniqueIDs.assign(ledger.records, spans: ledger.spans, taken: plan.local)
        let repeats = LedgerDuplicates.flags(ledger.records, local: plan.local, window: plan.window)
        countDuplicates(repeats, of: ledger.records, in: &harvest)
        var held = ledger.held
        for index in held.indices {
            guard let counter = renames[held[index].record] else { continue }
            let renamed = UniqueIDs.renamed(held[index].entry, namespace: plan.namespace, counter: counter)
            harvest.renamed[renamed] = held[index].entry.id
            held[index].entry.id = renamed
        }
        let isExcluded = plan.isExcluded ?? { _ in false }
        let survivors = held.indices.filter { !repeats[held[$0].record] && !isExcluded(held[$0].entry.id) }
        let chosen = NewestFirst.pick(
            plan.limit,
            local: plan.local.indices.filter { !isExcluded(plan.local[$0].id) }.map {
                (plan.local[$0].effectiveDate, plan.local[$0].id, $0)
            },
            partners: survivors.map { (held[$0].entry.effectiveDate, held[$0].entry.id, $0) })
        return chosen.map { pick in
            if pick.isLocal { return plan.local[pick.index] }
            let candidate = held[pick.index]
            if let row = candidate.row { harvest.rows[candidate.entry.id] = row }
            return candidate.entry
        }
    }

    private func countDuplicates(_ repeats: [Bool], of records: [CandidateRecord], in harvest: inout Harvest)
    {
        var perSource = [Int](repeating: 0, count: harvest.sources.count)
        for (record, isRepeat) in zip(records, repeats) where isRepeat { perSource[Int(record.source)] += 1 }
        for index in harvest.sources.indices { harvest.sources[index].report.duplicates = perSource[index] }
    }
}
