import Foundation

/// A single-producer, single-consumer queue of batches with a fixed capacity: work handed
/// from one thread to another in order, with memory bounded by the capacity. Used between
/// the reader and the tree decoder (``SubtreePipeline``) and between the parser and the
/// writer of `feedwright convert`.
///
/// `@unchecked Sendable`: `batches` and `finished` are only touched under `condition`'s lock.
/// The elements need not be `Sendable`, because a batch changes hands whole: the producer
/// gives it up in `push`, and only the consumer touches it after `pop`; the lock orders the
/// two.
package final class BatchQueue<Element>: @unchecked Sendable {
    package let batchSize: Int
    private let capacity: Int
    private let condition = NSCondition()
    private var batches: [[Element]] = []
    private var finished = false

    /// A queue of at most `capacity` batches, which producers fill to `batchSize`.
    package init(batchSize: Int, capacity: Int) {
        self.batchSize = batchSize
        self.capacity = capacity
    }

    /// Queues `batch`, waiting while the queue is full; an empty batch is dropped.
    package func push(_ batch: [Element]) {
        guard !batch.isEmpty else { return }
        condition.lock()
        while batches.count >= capacity { condition.wait() }
        batches.append(batch)
        condition.signal()
        condition.unlock()
    }

    /// Says that nothing more will be pushed.
    package func finish() {
        condition.lock()
        finished = true
        condition.signal()
        condition.unlock()
    }

    /// The next batch, or `nil` once the producer has finished and all were taken.
    package func pop() -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        guard !batches.isEmpty else { return nil }
        let batch = batches.removeFirst()
        condition.signal()
        return batch
    }
}
