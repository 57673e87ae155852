import FeedModel
import FeedState
import Foundation

/// One source's items for this build: what it offers now, joined with what the archive
/// remembers, dated, and cut to the source's `maxItems` and `maxAge`.
struct SourceTimeline {
    var source: PartnerSource
    var archived: [ArchivedItem]
    var now: Date
    var limits = ItemLimits()

    struct Result {
        var candidates: [Entry]
        /// New items among the candidates (more may be new and recorded, but cut by
        /// `maxItems` or `maxAge`).
        var newCount: Int
        var inserted: [ArchivedItem]
        var pruned: [String]
    }

    /// `current` is `nil` when the source was not read this run (304, failure, back-off):
    /// then the archived items stand in for it; `known` is the archive keyed by entry id. The
    /// source's entries are dated and cut in place: a build reads tens of thousands of them,
    /// and copying each into new arrays (filter, sort, prefix) cost more than deciding on them.
    func resolve(current: consuming [Entry]?, known: [String: ArchivedItem]) -> Result {
        let seenAt = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        var result = Result(candidates: [], newCount: 0, inserted: [], pruned: [])
        var candidates = current ?? []
        var present = Set<String>(minimumCapacity: candidates.count)
        var repeated: [Int] = []
        for index in candidates.indices {
            let id = candidates[index].id
            guard present.insert(id).inserted else {
                repeated.append(index)
                continue
            }
            let firstSeen = known[id]?.firstSeen ?? seenAt
            if candidates[index].effectiveDate == nil { candidates[index].published = firstSeen }
            if known[id] == nil {
                result.inserted.append(
                    ArchivedItem(entryID: id, firstSeen: firstSeen, instant: candidates[index].effectiveDate))
            }
        }
        for index in repeated.reversed() { candidates.remove(at: index) }
        let absent = archived.filter { !present.contains($0.entryID) }
        let retained = retainedIDs(absent)
        result.pruned = absent.map(\.entryID).filter { !retained.contains($0) }
        for item in absent where retained.contains(item.entryID) {
            if let payload = item.payload, let entry = EntryArchiveCoding.decode(payload) {
                candidates.append(plausiblyDated(entry, firstSeen: item.firstSeen))
            }
        }
        result.candidates = limited(consume candidates)
        result.newCount = result.candidates.count { known[$0.id] == nil }
        return result
    }

    /// An archived entry as the gate would pass it today: an archive written before the gate
    /// existed may hold a year-9999 date, which would otherwise date the feed for good.
    private func plausiblyDated(_ entry: Entry, firstSeen: Date) -> Entry {
        var entry = entry
        if let date = entry.published, !limits.isPlausible(date, now: now) { entry.published = nil }
        if let date = entry.updated, !limits.isPlausible(date, now: now) { entry.updated = nil }
        if entry.effectiveDate == nil { entry.published = firstSeen }
        return entry
    }

    /// Archived items that are still young enough and among the `maxItems` newest of the
    /// source; the others are pruned from the archive.
    private func retainedIDs(_ absent: [ArchivedItem]) -> Set<String> {
        let young = absent.filter { item in
            guard let maxAge = source.maxAge else { return true }
            return instant(of: item) >= now.addingTimeInterval(-maxAge)
        }
        let newest = young.sorted { (instant(of: $0), $0.entryID) > (instant(of: $1), $1.entryID) }
        return Set(newest.prefix(source.maxItems).map(\.entryID))
    }

    /// The row's instant as the gate would date the item today (see `plausiblyDated`).
    private func instant(of item: ArchivedItem) -> Date {
        guard let instant = item.instant, limits.isPlausible(instant, now: now) else { return item.firstSeen }
        return instant
    }

    /// Newest first, at most `maxItems`, none older than `maxAge`.
    private func limited(_ entries: consuming [Entry]) -> [Entry] {
        var entries = entries
        if let maxAge = source.maxAge {
            let cutoff = now.addingTimeInterval(-maxAge)
            entries.removeAll { entry in entry.effectiveDate.map { $0 < cutoff } ?? false }
        }
        entries.sort(by: Entry.newestFirst)
        if entries.count > source.maxItems { entries.removeSubrange(source.maxItems...) }
        return entries
    }
}
