public import FeedModel
public import Foundation

/// Merges partner entries into the site's timeline, dropping the partner copies of a
/// story already there.
///
/// Two entries are the same story when their `ItemKey`s are equal and their instants
/// (`Entry.effectiveDate`) are at most `window` apart, inclusive. Instants are compared,
/// not wall-clock readings, so `16:45 +03:00` and `13:45Z` are the same time.
///
/// - Every local entry is kept, even two local entries with the same key: the site's
///   own timeline is not ours to edit.
/// - Partner entries are considered earliest first (ties in their input order), and one
///   is dropped when an entry kept before it matches; so among partner copies the
///   earliest wins, and a local entry beats even an earlier partner copy.
/// - An entry without a date is never a duplicate and never makes another entry one:
///   without an instant there is no way to tell a repeat from a new story that
///   happens to share a title (`Погода`, `Курс валют`).
/// - A dropped copy does not extend the window: a third copy is compared with kept
///   entries only, so a story repeated every 20 minutes is not merged forever.
public struct Deduplicator: Sendable {
    /// How far apart, in seconds, two entries with the same key may be and still be one
    /// story.
    public var window: TimeInterval

    /// A deduplicator treating same-key entries at most `window` seconds apart as one.
    public init(window: TimeInterval = 30 * 60) {
        self.window = window
    }

    /// `local` kept whole, plus the entries of `partners` that do not repeat a kept one.
    /// Runs in expected linear time in the number of entries (plus the sort of the
    /// partners by date), whatever the titles.
    public func merge(local: [Entry], partners: [Entry]) -> DedupOutcome {
        merge(local: local, partners: partners, partnerKeys: partners.map { ItemKey(title: $0.title) })
    }

    /// The same, with the partners' keys already computed (`partnerKeys[i]` is the key of
    /// `partners[i]`): a build normalises each source's titles in parallel, while it reads
    /// the sources, and only the merge itself runs on one core.
    public func merge(local: [Entry], partners: [Entry], partnerKeys: [ItemKey]) -> DedupOutcome {
        Self.outcome(
            local: local, partners: partners,
            winners: winners(local: local, partners: partners, partnerKeys: partnerKeys))
    }

    /// For each partner entry, the id of the kept entry it repeats, or `nil` when it is
    /// kept: the decision alone, for callers that keep only some entries and need not copy
    /// all of them into a `DedupOutcome`.
    public func winners(local: [Entry], partners: [Entry], partnerKeys: [ItemKey]) -> [String?] {
        winners(
            local: local, partnerIDs: partners.map(\.id), partnerDates: partners.map(\.effectiveDate),
            partnerKeys: partnerKeys)
    }

    /// The same decision from the partners' ids, instants and keys alone (`partnerIDs[i]`,
    /// `partnerDates[i]` and `partnerKeys[i]` describe one entry), for a merge that keeps its
    /// entries where they are rather than gathering tens of thousands into one array.
    public func winners(local: [Entry], partnerIDs: [String], partnerDates: [Date?], partnerKeys: [ItemKey])
        -> [String?]
    {
        precondition(
            partnerKeys.count == partnerIDs.count && partnerDates.count == partnerIDs.count,
            "one id, date and key per partner entry")
        var index = KeptIndex(capacity: local.count + partnerIDs.count)
        for (position, instant) in Self.dated(local.map(\.effectiveDate)) {
            index.insertLocal(ItemKey(title: local[position].title), instant: instant, id: local[position].id)
        }
        var winners = [String?](repeating: nil, count: partnerIDs.count)
        for (position, instant) in Self.dated(partnerDates) {
            winners[position] = index.keepPartner(
                partnerKeys[position], instant: instant, id: partnerIDs[position], window: window)
        }
        return winners
    }

    /// The dated entries' positions and instants, earliest first, ties in input order.
    /// Each key's kept entries are then appended in time order, which `KeptIndex` needs.
    private static func dated(_ dates: [Date?]) -> [(position: Int, instant: Date)] {
        let dated = dates.indices.compactMap { position in
            dates[position].map { (position: position, instant: $0) }
        }
        return dated.sorted { $0.instant != $1.instant ? $0.instant < $1.instant : $0.position < $1.position }
    }

    /// `winners[i]` is the id of the entry that `partners[i]` repeats, if it does.
    private static func outcome(local: [Entry], partners: [Entry], winners: [String?]) -> DedupOutcome {
        var kept = local
        kept.reserveCapacity(local.count + partners.count)
        var duplicates: [Duplicate] = []
        for (entry, winner) in zip(partners, winners) {
            if let winner {
                duplicates.append(Duplicate(dropped: entry, keptID: winner))
            } else {
                kept.append(entry)
            }
        }
        return DedupOutcome(kept: kept, duplicates: duplicates)
    }
}
