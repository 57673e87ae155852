import HeapModule

/// The instant below which an item can no longer reach the published window, learnt while
/// the sources are still being read.
///
/// It holds the `limit` distinct dedup keys with the newest items, each with its newest
/// instant. Once it holds `limit` of them, `cutoff` is the oldest of those instants, and an
/// item dated more than the dedup window before it can never be published: each of the
/// `limit` keys has an item later than the item's instant plus the window, and that item is
/// either published or dropped as a repeat of a kept one at most a window earlier, which is
/// still later than the item. So at least `limit` published items are newer than it,
/// whatever the merge decides; see ``CandidateLedger``.
struct WindowThreshold: Sendable {
    private struct Newest: Comparable {
        var instant: Double
        var key: Digest128

        static func < (lhs: Newest, rhs: Newest) -> Bool {
            (lhs.instant, lhs.key) < (rhs.instant, rhs.key)
        }
    }

    let limit: Int
    /// The newest instant of each key among the newest; at most `limit` keys.
    private var newest: [Digest128: Double] = [:]
    /// The same as a min-heap; entries whose key has since moved on are stale and skipped.
    private var heap = Heap<Newest>()

    /// A threshold for a feed of `limit` items; `Int.max` never excludes anything.
    init(limit: Int) {
        self.limit = limit
    }

    /// Items dated before this instant, less the window, cannot be published; `-infinity`
    /// until `limit` keys have been seen.
    var cutoff: Double {
        guard newest.count >= limit, let oldest = heap.min else { return -.infinity }
        return oldest.instant
    }

    /// Takes account of an item with dedup key `key`, dated `instant` (NaN when undated).
    mutating func offer(_ key: Digest128, instant: Double) {
        guard !instant.isNaN, limit > 0, limit < Int.max else { return }
        if newest.count >= limit, let oldest = heap.min, instant <= oldest.instant { return }
        if let current = newest[key] {
            guard instant > current else { return }
            newest[key] = instant
        } else {
            newest[key] = instant
        }
        heap.insert(Newest(instant: instant, key: key))
        while newest.count > limit, let oldest = heap.popMin() {
            if newest[oldest.key] == oldest.instant { newest[oldest.key] = nil }
        }
        dropStale()
        if heap.count > 4 * limit + 1024 {
            heap = Heap(newest.map { Newest(instant: $0.value, key: $0.key) })
        }
    }

    /// Keeps the heap's top current, so that `cutoff` reads it directly.
    private mutating func dropStale() {
        while let oldest = heap.min, newest[oldest.key] != oldest.instant { heap.removeMin() }
    }
}
