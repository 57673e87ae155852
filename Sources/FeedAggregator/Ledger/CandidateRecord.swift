import FeedModel
import FeedState
import Foundation

/// One partner candidate reduced to what the merge decides on: 64 bytes, whatever the item
/// carries. A build keeps one for every item it reads and the whole entry only for those
/// that can still be published (see ``CandidateLedger``).
struct CandidateRecord: Sendable {
    /// The digest of the normalised title (``ItemKey``).
    var key: Digest128
    /// The digest of the id as the source gave it.
    var id: Digest128
    /// The digest of the id the item gets when its id clashes (see ``UniqueIDs``), without
    /// a counter.
    var renameBase: Digest128
    /// `Entry.effectiveDate` as seconds since the reference date; NaN when undated.
    var instant: Double
    /// The source's index in config order, and the item's among the source's candidates.
    var source: Int32
    var position: Int32

    /// Config order: the order in which ids are claimed.
    func precedes(_ other: CandidateRecord) -> Bool {
        (source, position) < (other.source, other.position)
    }
}

/// A source's candidate as its reading task hands it over: the entry, its archive row, and
/// its record, whose digests are computed there, in parallel.
struct OfferedCandidate: Sendable {
    var entry: Entry
    /// The archive row the entry has (or gets this build), for the payload saved when it is
    /// published.
    var row: ArchivedItem?
    var record: CandidateRecord

    init(entry: Entry, row: ArchivedItem?, position: Int, renamePrefix: Digest128) {
        self.entry = entry
        self.row = row
        record = CandidateRecord(
            key: Digest128(ItemKey.normalize(entry.title)), id: Digest128(entry.id),
            renameBase: renamePrefix.appending(UniqueIDs.encoded(entry.id)),
            instant: entry.effectiveDate?.timeIntervalSinceReferenceDate ?? .nan, source: 0,
            position: Int32(position))
    }
}

/// A candidate kept whole because it can still be published.
struct HeldCandidate: Sendable {
    /// Its record's index in the ledger.
    var record: Int
    var entry: Entry
    var row: ArchivedItem?
}
