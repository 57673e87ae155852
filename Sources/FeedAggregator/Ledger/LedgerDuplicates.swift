import FeedModel
import Foundation

/// The dedup decision of ``Deduplicator`` over a ledger's records: which partner candidates
/// repeat a kept entry. Records are grouped by key with one sort of their indices, so the
/// decision needs no per-key buckets: a build reading millions of items would spend more on
/// those than on the records themselves.
enum LedgerDuplicates {
    /// `true` at each record that repeats a local entry (of any date within `window`) or an
    /// earlier kept partner candidate; undated records are never repeats and never repeated.
    static func flags(_ records: [CandidateRecord], local: [Entry], window: TimeInterval) -> [Bool] {
        let locals = localInstants(local)
        var repeats = [Bool](repeating: false, count: records.count)
        records.withUnsafeBufferPointer { records in
            let order = keyOrder(records)
            var start = 0
            while start < order.count {
                let key = records[Int(order[start])].key
                let keyLocals = locals[key] ?? []
                var lastKept = -Double.infinity
                var index = start
                while index < order.count, records[Int(order[index])].key == key {
                    let position = Int(order[index])
                    let instant = records[position].instant
                    if instant - lastKept <= window || hasLocal(keyLocals, within: window, of: instant) {
                        repeats[position] = true
                    } else {
                        lastKept = instant
                    }
                    index += 1
                }
                start = index
            }
        }
        return repeats
    }

    /// The dated records' indices by key, then instant, then config order (ties in input
    /// order, as the deduplicator takes them).
    private static func keyOrder(_ records: UnsafeBufferPointer<CandidateRecord>) -> [Int32] {
        var order = [Int32]()
        order.reserveCapacity(records.count)
        for index in records.indices where !records[index].instant.isNaN { order.append(Int32(index)) }
        order.sort { left, right in
            let lhs = records[Int(left)]
            let rhs = records[Int(right)]
            if lhs.key != rhs.key { return lhs.key < rhs.key }
            if lhs.instant != rhs.instant { return lhs.instant < rhs.instant }
            return lhs.precedes(rhs)
        }
        return order
    }

    /// The local entries' instants by key, each key's in time order.
    private static func localInstants(_ local: [Entry]) -> [Digest128: [Double]] {
        var instants: [Digest128: [Double]] = [:]
        for entry in local {
            guard let date = entry.effectiveDate else { continue }
            instants[Digest128(ItemKey.normalize(entry.title)), default: []].append(
                date.timeIntervalSinceReferenceDate)
        }
        return instants.mapValues { $0.sorted() }
    }

    /// Whether a local instant lies within `window` of `time`, either side.
    private static func hasLocal(_ instants: [Double], within window: TimeInterval, of time: Double) -> Bool {
        var low = 0
        var high = instants.count
        while low < high {
            let middle = (low + high) / 2
            if time - instants[middle] > window { low = middle + 1 } else { high = middle }
        }
        return low < instants.count && instants[low] - time <= window
    }
}
