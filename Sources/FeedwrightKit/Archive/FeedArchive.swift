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
    /// Rows in the state store when the build began.
    let stored: Int
    /// Items archived by earlier builds: those stored, or those read back from the pages.
    private(set) var countBefore: Int
    /// Rows this build saves, positions following ``stored``: items read back from the
    /// pages, then the items that leave the feed now.
    private(set) var added: [FeedArchiveRow] = []
    // The entries of `added`, by position, so that rendering needs no decoding.
    private var addedEntries: [Int: Entry] = [:]
    /// Every archived id, this build's included, as digests (see ``ArchiveDigests``).
    private(set) var digests: ArchiveDigests
    /// Whether ``digests`` differ from the state's, and so are saved with the build.
    private(set) var digestsChanged = false

    /// The archive of `settings`, `nil` when `output.archive` is off. An empty archive in
    /// the state beside published archive pages means the state database was lost or
    /// rebuilt: the archive is read back from the JSON Feed pages (see
    /// ``ArchiveRecovery``), so that the closed pages keep their items and bytes.
    static func open(
        _ settings: ArchiveSettings?, store: StateStore, output: OutputSettings
    ) throws(FeedwrightError) -> FeedArchive? {
        guard let settings else { return nil }
        let stored: Int
        do {
            stored = try store.feedArchiveCount()
        } catch {
            throw Self.failure(error)
        }
        var archive = FeedArchive(
            settings: settings, store: store, stored: stored, digests: try storedDigests(store, count: stored)
        )
        archive.digestsChanged = archive.digests.count != stored
        if archive.digestsChanged {
            // Saved by another version, or lost: rebuilt from the ids, once.
            do {
                archive.digests = ArchiveDigests(ids: try store.feedArchiveIDs())
            } catch {
                throw Self.failure(error)
            }
        }
        if stored == 0 { archive.append(ArchiveRecovery(output: output).entries()) }
        archive.countBefore = archive.count
        return archive
    }

    private static func storedDigests(_ store: StateStore, count: Int) throws(FeedwrightError)
        -> ArchiveDigests
    {
        guard count > 0 else { return ArchiveDigests(ids: []) }
        do {
            return try store.feedArchiveDigests().flatMap(ArchiveDigests.init(data:))
                ?? ArchiveDigests(ids: [])
        } catch {
            throw Self.failure(error)
        }
    }

    private init(settings: ArchiveSettings, store: StateStore, stored: Int, digests: ArchiveDigests) {
        self.settings = settings
        self.store = store
        self.stored = stored
        self.countBefore = stored
        self.digests = digests
    }

    var paging: ArchivePaging { ArchivePaging(pageSize: settings.pageSize) }

    /// Items in the archive once this build is saved.
    var count: Int { stored + added.count }

    /// `entries` without those already archived.
    func unarchived(_ entries: [Entry]) -> [Entry] {
        guard count > 0 else { return entries }
        return entries.filter { !digests.contains($0.id) }
    }

    /// Appends `leaving`, the items pushed out of the feed in feed order (newest first):
    /// the oldest is archived first.
    mutating func admit(_ leaving: [Entry]) {
        append(leaving.reversed())
    }

    /// The digests to save with the build, when they changed.
    var changedDigests: Data? {
        digestsChanged ? digests.data : nil
    }

    private mutating func append(_ entries: [Entry]) {
        guard !entries.isEmpty else { return }
        // An id the archive holds already (the table allows it once) is not added again:
        // one that came back, or one read back twice from damaged pages.
        var seen = Set<String>()
        let entries = entries.filter { !digests.contains($0.id) && seen.insert($0.id).inserted }
        for entry in entries {
            let position = count + 1
            added.append(
                FeedArchiveRow(
                    position: position, entryID: entry.id, payload: EntryArchiveCoding.encode(entry)))
            addedEntries[position] = entry
        }
        digests.insert(entries.map(\.id))
        digestsChanged = true
    }

    /// The items of page `page`, newest first like the feeds: the stored rows, then those
    /// this build adds.
    func entries(ofPage page: Int) throws(FeedwrightError) -> [Entry] {
        let positions = paging.positions(ofPage: page)
        var entries: [Entry] = []
        if positions.lowerBound <= stored {
            let rows: [FeedArchiveRow]
            do {
                rows = try store.feedArchiveRows(positions.lowerBound...min(positions.upperBound, stored))
            } catch {
                throw Self.failure(error)
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

    /// The opening check leaves the archive's table out (see `StateStore`), so damage in
    /// it shows here: the advice is what brings the archive back.
    private static func failure(_ error: StateError) -> FeedwrightError {
        guard error.problem == .corrupt else { return .state(error) }
        return .io(
            path: PathDisplay.relative(URL(fileURLWithPath: error.path)),
            message: "the archive in the state database (table feed_archive) is damaged: move the database "
                + "aside; the next build starts a new one and reads the archive back from the published "
                + "JSON Feed archive pages. Nothing was written")
    }
}
