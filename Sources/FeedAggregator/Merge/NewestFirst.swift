import Foundation

/// Picks the newest entries by small keys, so that only those are copied. Newest first;
/// equal instants by ID, so the order never depends on input order; undated entries last.
enum NewestFirst {
    struct Pick {
        var isLocal: Bool
        var index: Int
    }

    private struct Key: Comparable {
        var date: Date
        var id: String
        var pick: Pick

        static func < (lhs: Key, rhs: Key) -> Bool {
            lhs.date != rhs.date ? lhs.date > rhs.date : lhs.id < rhs.id
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.date == rhs.date && lhs.id == rhs.id
        }
    }

    static func pick(
        _ limit: Int, local: [(Date?, String, Int)], partners: [(Date?, String, Int)]
    ) -> [Pick] {
        let keys =
            local.map { Key(date: $0.0 ?? .distantPast, id: $0.1, pick: Pick(isLocal: true, index: $0.2)) }
            + partners.map {
                Key(date: $0.0 ?? .distantPast, id: $0.1, pick: Pick(isLocal: false, index: $0.2))
            }
        guard limit < keys.count else { return keys.sorted().map(\.pick) }
        return smallest(limit, of: keys).map(\.pick)
    }

    /// The `count` smallest keys, ascending, with a bounded max-heap: O(n log count).
    private static func smallest(_ count: Int, of keys: [Key]) -> [Key] {
        guard count > 0 else { return [] }
        var heap: [Key] = []
        heap.reserveCapacity(count)
        for key in keys {
            if heap.count < count {
                heap.append(key)
                siftUp(&heap, heap.count - 1)
            } else if key < heap[0] {
                heap[0] = key
                siftDown(&heap, 0)
            }
        }
        return heap.sorted()
    }

    private static func siftUp(_ heap: inout [Key], _ start: Int) {
        var child = start
        while child > 0, heap[(child - 1) / 2] < heap[child] {
            heap.swapAt((child - 1) / 2, child)
            child = (child - 1) / 2
        }
    }

    private static func siftDown(_ heap: inout [Key], _ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var largest = parent
            if left < heap.count, heap[largest] < heap[left] { largest = left }
            if right < heap.count, heap[largest] < heap[right] { largest = right }
            guard largest != parent else { return }
            heap.swapAt(parent, largest)
            parent = largest
        }
    }
}
