/// The `count` smallest elements in ascending order, in O(n log count) time with a
/// bounded max-heap, for picking a feed's newest items out of many.
enum PartialSort {
    static func smallest<Element: Comparable>(_ count: Int, of elements: [Element]) -> [Element] {
        guard count > 0 else { return [] }
        var heap: [Element] = []
        heap.reserveCapacity(count)
        for element in elements {
            if heap.count < count {
                heap.append(element)
                siftUp(&heap, from: heap.count - 1)
            } else if element < heap[0] {
                heap[0] = element
                siftDown(&heap, from: 0)
            }
        }
        return heap.sorted()
    }

    /// Max-heap: a parent is never smaller than its children.
    private static func siftUp<Element: Comparable>(_ heap: inout [Element], from index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[parent] < heap[child] else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private static func siftDown<Element: Comparable>(_ heap: inout [Element], from index: Int) {
        var parent = index
        while true {
            var largest = parent
            for child in [2 * parent + 1, 2 * parent + 2]
            where child < heap.count && heap[largest] < heap[child] {
                largest = child
            }
            guard largest != parent else { return }
            heap.swapAt(parent, largest)
            parent = largest
        }
    }
}
