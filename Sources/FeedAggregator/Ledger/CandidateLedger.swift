import FeedModel
import Foundation

/// Every partner candidate of a build as a ``CandidateRecord``, and whole only those that
/// can still be published: what a build holds grows with the dedup keys it reads, not with
/// the items.
///
/// Sources are added as their reading tasks finish, in any order; the decisions that depend
/// on config order (which id is claimed first, which copy of a story is kept) are made over
/// the records once all are in (see ``Aggregator/merge(harvest:)``), so the outcome is the
/// same as a merge of every entry held at once.
struct CandidateLedger: Sendable {
    /// How the merge will pick what is published.
    struct Plan: Sendable {
        /// The site's own items: always kept.
        var local: [Entry]
        /// How many items the merge returns; `Int.max` for every one.
        var limit: Int
        /// The dedup window in seconds.
        var window: TimeInterval
        /// Ids left out of the merge's result (the published feed's archive), or `nil`.
        var isExcluded: (@Sendable (String) -> Bool)?
        /// Where a clashing id is renamed to (see ``UniqueIDs``).
        var namespace: String
    }

    let plan: Plan
    private(set) var records: [CandidateRecord] = []
    private(set) var held: [HeldCandidate] = []
    /// Each source's records, by config index: a source's are added together.
    private(set) var spans: [Range<Int>]
    private var threshold: WindowThreshold
    /// How many were held after the last pruning: the next one waits until that doubles.
    private var heldAfterPruning = 0

    /// A ledger for `sourceCount` sources offering at most `expected` candidates in all.
    init(plan: Plan, sourceCount: Int, expected: Int = 0) {
        self.plan = plan
        spans = Array(repeating: 0..<0, count: sourceCount)
        // Reserved once: growing by doubling would copy millions of records and, while it
        // copies, hold them twice. Pages never written are never resident.
        records.reserveCapacity(min(expected, 1 << 24))
        // Only a merge that returns the newest few can tell early what it will not return.
        let bounded = plan.isExcluded == nil && plan.limit < Int.max
        threshold = WindowThreshold(limit: bounded ? plan.limit : .max)
        for entry in plan.local {
            guard let date = entry.effectiveDate else { continue }
            threshold.offer(
                Digest128(ItemKey.normalize(entry.title)), instant: date.timeIntervalSinceReferenceDate)
        }
    }

    /// Records a source's candidates (index `source` in config order), keeping whole those
    /// that may still be published.
    mutating func add(_ offered: [OfferedCandidate], source: Int) {
        for candidate in offered { threshold.offer(candidate.record.key, instant: candidate.record.instant) }
        spans[source] = records.count..<(records.count + offered.count)
        for var candidate in offered {
            candidate.record.source = Int32(source)
            let index = records.count
            records.append(candidate.record)
            guard mayBePublished(candidate) else { continue }
            held.append(HeldCandidate(record: index, entry: candidate.entry, row: candidate.row))
        }
        if held.count > 2 * heldAfterPruning + 4096 { pruneHeld() }
    }

    /// Whether the entry may be among those the merge returns.
    private func mayBePublished(_ candidate: OfferedCandidate) -> Bool {
        if let isExcluded = plan.isExcluded {
            // An archived id is left out, unless the id clashes and the item is renamed; the
            // name it would get is checked too (a second clash on that name is not).
            guard isExcluded(candidate.entry.id) else { return true }
            return !isExcluded(UniqueIDs.renamed(candidate.entry, namespace: plan.namespace))
        }
        return !isBeyondWindow(candidate.record.instant)
    }

    private func isBeyondWindow(_ instant: Double) -> Bool {
        Self.isBeyond(instant, cutoff: threshold.cutoff, window: plan.window)
    }

    /// Whether an item dated `instant` (NaN: undated) can no longer be published.
    private static func isBeyond(_ instant: Double, cutoff: Double, window: TimeInterval) -> Bool {
        guard cutoff > -.infinity else { return false }
        return instant.isNaN || instant + window < cutoff
    }

    private mutating func pruneHeld() {
        let (records, cutoff, window) = (records, threshold.cutoff, plan.window)
        held.removeAll { Self.isBeyond(records[$0.record].instant, cutoff: cutoff, window: window) }
        heldAfterPruning = held.count
    }

    /// Drops the held entries the finished threshold rules out, before the merge.
    mutating func finishReading() {
        pruneHeld()
    }
}
