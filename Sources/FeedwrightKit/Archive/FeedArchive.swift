import FeedAggregator
import FeedModel
import FeedSite
import FeedState
import Foundation

/// The published feed's RFC 5005 archive as one build sees it: the rows already in the
/// state store, and the items this build adds (saved with the rest of the build's state).
///
/// An item enters when it leaves the feed (pushed out by `feed.maxItems`), in the order
/// it left, oldest first; once archived it is never a candidate for the feed again, so it
/// is in the feed or in the archive, never in both, and in the archive exactly once.
struct FeedArchive {
    var settings: ArchiveSettings
    var store: StateStore
    /// Items archived by earlier builds.
    let countBefore: Int
    /// Items this build archives, positions following ``countBefore``.
    private(set) var added: [FeedArchiveRow] = []
    // The entries of `added`, by position, so that rendering needs no decoding.
    private var addedEntries: [Int: Entry] = [:]

    /// The archive of `settings`, `nil` when `output.archive` is off.
    static func open(_ settings: ArchiveSettings?, store: StateStore) throws(FeedwrightError) -> FeedArchive? {
        guard let settings else { return nil }
        do {
            return FeedArchive(settings: settings, store: store, countBefore: try store.feedArchiveCount())
        } catch {
            throw .state(error)
        }
    }

    var paging: ArchivePaging { ArchivePaging(pageSize: settings.pageSize) }

    /// Items in the archive once this build is saved.
    var count: Int { countBefore + added.count }

    /// `entries` without those already archived.
    func unarchived(_ entries: [Entry]) throws(FeedwrightError) -> [Entry] {
        guard countBefore > 0 else { return entries }
        let archived: Set<String>
        do {
            archived = try store.feedArchived(among: entries.map(\.id))
        } catch {
            throw .state(error)
        }
        return archived.isEmpty ? entries : entries.filter { !archived.contains($0.id) }
    }

    /// Appends `leaving`, the items pushed out of the feed in feed order (newest first):
    /// the oldest is archived first.
    mutating func admit(_ leaving: [Entry]) {
        for entry in leaving.reversed() {
            let position = count + 1
            added.append(
                FeedArchiveRow(position: position, entryID: entry.id, payload: EntryArchiveCoding.encode(entry)))
            addedEntries[position] = entry
        }
    }

    /// The items of page `page`, newest first like the feeds: the stored rows, then those
    /// this build adds.
    func entries(ofPage page: Int) throws(FeedwrightError) -> [Entry] {
        let positions = paging.positions(ofPage: page)
        var entries: [Entry] = []
        if positions.lowerBound <= countBefore {
            let rows: [FeedArchiveRow]
            do {
                rows = try store.feedArchiveRows(positions.lowerBound...min(positions.upperBound, countBefore))
            } catch {
                throw .state(error)
            }
            for row in rows {
                guard let entry = EntryArchiveCoding.decode(row.payload) else {
                    throw .io(
                        path: PathDisplay.relative(store.path),
                        message: "archived item \(row.position) (id \"\(row.entryID)\") cannot be read back; "
                            + "the state database was written by another version of feedwright")
                }
                entries.append(entry)
            }
        }
        entries += positions.compactMap { addedEntries[$0] }
        return entries.reversed()
    }
}
