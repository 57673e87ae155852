import FeedModel
import FeedParser
import Foundation

/// `Parser.stream` with the parsing on a thread of its own and the entries handed, in
/// order and in batches, to the calling thread, which writes them. The parser of a large
/// file already reads on a second thread; with the writing on a third, reading, translating
/// (sanitising HTML above all) and writing overlap, and two cores share three roughly even
/// loads instead of two uneven ones.
enum EntryPipeline {
    /// An entry, with the feed's header as read when it arrived for the first entry only
    /// (writers ask for the header once, before the first entry).
    private typealias Item = (entry: Entry, header: Feed?)

    static func stream(
        _ input: FeedInput, options: ParseOptions, onEntry: (Entry, () -> Feed) -> Void
    ) throws(FeedParseError) -> ParsedFeed {
        let queue = BatchQueue<Item>(batchSize: 64, capacity: 8)
        let outcome = OutcomeBox()
        let parser = Thread {
            var batch: [Item] = []
            batch.reserveCapacity(queue.batchSize)
            var sentHeader = false
            outcome.result = Result { () throws(FeedParseError) in
                try Parser.stream(input, options: options) { entry, header in
                    batch.append((entry, sentHeader ? nil : header()))
                    sentHeader = true
                    if batch.count == queue.batchSize {
                        queue.push(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
            }
            queue.push(batch)
            queue.finish()
        }
        parser.stackSize = 8 << 20
        parser.start()
        var header: Feed?
        while let batch = queue.pop() {
            for item in batch {
                if let first = item.header { header = first }
                onEntry(item.entry) { header! }
            }
        }
        // `pop` returned nil: the parser thread has set the result and finished.
        return try outcome.result!.get()
    }
}

/// What the parser thread leaves for the caller. Written only by the parser thread, and read
/// by the caller only after the queue said `finish`, which its lock orders after the writes.
private final class OutcomeBox: @unchecked Sendable {
    var result: Result<ParsedFeed, FeedParseError>?
}
