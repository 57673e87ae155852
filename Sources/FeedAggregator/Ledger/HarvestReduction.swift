import FeedState

/// What a build keeps of the sources as their reading tasks finish: each source's report
/// and record, its candidates reduced into the ``CandidateLedger``, and its archive changes
/// staged in the state store in batches.
struct HarvestReduction {
    /// Rows staged at once: large enough that the statements stay cheap, small enough not to
    /// matter in memory.
    static let batchSize = 20_000

    private var ledger: CandidateLedger
    private var sources: [SourceHarvest?]
    private var batch = StagedArchive()
    private let store: StateStore?

    init(plan: CandidateLedger.Plan, store: StateStore?, sourceCount: Int, expected: Int = 0) {
        ledger = CandidateLedger(plan: plan, sourceCount: sourceCount, expected: expected)
        sources = Array(repeating: nil, count: sourceCount)
        self.store = store
    }

    /// Takes in the source at config index `index`.
    mutating func add(_ gathered: consuming SourceHarvest, at index: Int) throws(StateError) {
        var source = gathered
        ledger.add(source.offered, source: index)
        source.offered = []
        if store != nil {
            let name = source.source.name
            batch.inserted += source.inserted.map { (name, $0) }
            batch.pruned += source.pruned.map { (name, $0) }
            if batch.count >= Self.batchSize { try flush() }
        }
        source.inserted = []
        source.pruned = []
        sources[index] = source
    }

    /// Every source's part, with the ledger the merge decides over.
    mutating func finish() throws(StateError) -> Harvest {
        try flush()
        var harvest = Harvest(sources: sources.compactMap { $0 })
        harvest.ledger = ledger
        return harvest
    }

    private mutating func flush() throws(StateError) {
        try store?.stageArchive(batch)
        batch = StagedArchive()
    }
}
