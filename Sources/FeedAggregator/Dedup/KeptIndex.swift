import Foundation

/// The kept entries by `ItemKey`, each key's entries in time order, so a lookup is one
/// hash and a binary search however often a title repeats.
struct KeptIndex {
    private struct Kept {
        var instant: TimeInterval
        var id: String
    }

    /// Local and partner entries apart, so a local one is found first.
    private struct Bucket {
        var locals: [Kept] = []
        var partners: [Kept] = []
    }

    private var buckets: [ItemKey: Bucket]

    init(capacity: Int) {
        buckets = Dictionary(minimumCapacity: capacity)
    }

    /// Records a local entry; callers insert them in time order.
    mutating func insertLocal(_ key: ItemKey, instant: Date, id: String) {
        buckets[key, default: Bucket()].locals.append(
            Kept(instant: instant.timeIntervalSinceReferenceDate, id: id))
    }

    /// The id of the kept entry a partner entry repeats (the earliest local one within
    /// `window` of `instant`, else the earliest partner one), or `nil` after recording
    /// the entry as kept. Callers offer partner entries in time order.
    mutating func keepPartner(_ key: ItemKey, instant: Date, id: String, window: TimeInterval) -> String? {
        let kept = Kept(instant: instant.timeIntervalSinceReferenceDate, id: id)
        // One hash per entry: the bucket is found once and updated in place.
        return Self.keep(kept, in: &buckets[key, default: Bucket()], window: window)
    }

    private static func keep(_ kept: Kept, in bucket: inout Bucket, window: TimeInterval) -> String? {
        if let winner = earliest(in: bucket.locals, within: window, of: kept.instant)
            ?? earliest(in: bucket.partners, within: window, of: kept.instant)
        {
            return winner
        }
        bucket.partners.append(kept)
        return nil
    }

    private static func earliest(in kept: [Kept], within window: TimeInterval, of time: TimeInterval)
        -> String?
    {
        var low = 0
        var high = kept.count
        while low < high {
            let middle = (low + high) / 2
            if time - kept[middle].instant > window { low = middle + 1 } else { high = middle }
        }
        guard low < kept.count, kept[low].instant - time <= window else { return nil }
        return kept[low].id
    }
}
