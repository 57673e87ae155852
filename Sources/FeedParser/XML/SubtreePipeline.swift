import Foundation

/// Runs the reader and the tree building on a second thread, so that on two cores
/// libxml2's parsing overlaps with decoding, translating and writing the items before.
/// Subtrees travel in order through a small bounded queue: memory stays bounded.
enum SubtreePipeline {
    /// Calls `handle` on this thread with every subtree `stream` produces on another.
    static func run(
        _ stream: inout SubtreeStream, transparent: Set<String>, _ handle: (XMLNode) -> Void
    ) {
        let queue = BatchQueue<XMLNode>(batchSize: 128, capacity: 8)
        let box = StreamBox(stream)
        let producer = Thread {
            var batch: [XMLNode] = []
            batch.reserveCapacity(queue.batchSize)
            box.stream.forEachSubtree(transparent: transparent) { node in
                batch.append(node)
                if batch.count == queue.batchSize {
                    queue.push(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            queue.push(batch)
            queue.finish()
        }
        producer.stackSize = 8 << 20
        producer.start()
        while let batch = queue.pop() {
            for node in batch { handle(node) }
        }
        stream = box.stream
    }
}

/// Hands the stream to the producer thread; only one thread uses it at a time (the
/// consumer takes it back after `finish`), which the queue's lock orders.
private final class StreamBox: @unchecked Sendable {
    var stream: SubtreeStream

    init(_ stream: SubtreeStream) {
        self.stream = stream
    }
}
