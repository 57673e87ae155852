public import Foundation

/// One item of a partner source as the archive holds it.
public struct ArchivedItem: Sendable, Equatable {
    /// The entry's id as published, the row's key within its source.
    public var entryID: String
    /// When the item first appeared in the source.
    public var firstSeen: Date
    /// The item's own date (or its first-seen date when it has none), for ordering and
    /// for pruning by age.
    public var instant: Date?
    /// The encoded item, kept while it can still be published, so that it survives its
    /// removal from the partner's feed; `nil` for items that are only remembered.
    public var payload: Data?

    /// An archive row; without `payload` the item is only remembered, not republished.
    public init(entryID: String, firstSeen: Date, instant: Date?, payload: Data? = nil) {
        self.entryID = entryID
        self.firstSeen = firstSeen
        self.instant = instant
        self.payload = payload
    }
}

/// Everything a build changes in the state store, applied in one transaction so that a
/// killed build leaves the database as it was before or as it is after, never between.
public struct StateChanges: Sendable {
    /// Source records to insert or replace.
    public var sources: [SourceRecord] = []
    /// Archive rows to insert or replace, by source name.
    public var archived: [String: [ArchivedItem]] = [:]
    /// Archive rows to delete, by source name.
    public var pruned: [String: [String]] = [:]
    /// Sources whose whole archive is dropped (the source was removed or moved).
    public var forgotten: [String] = []
    /// First appearances of our own undated items, recorded unless one already is.
    public var firstSeen: [FirstSeenRecord] = []
    /// Rubric slugs given for the first time (`output.categories`); a name already on
    /// record keeps the slug it has.
    public var categorySlugs: [CategorySlugRecord] = []
    /// Items that left the published feed, appended to its RFC 5005 archive.
    public var feedArchive: [FeedArchiveRow] = []
    /// The digests of every archived id after this build (see
    /// ``StateStore/feedArchiveDigests()``), when they change.
    public var feedArchiveDigests: Data?

    /// No changes yet; a build adds them as it decides.
    public init() {}

    /// Whether there is nothing to write, so the transaction can be skipped.
    public var isEmpty: Bool {
        sources.isEmpty && archived.isEmpty && pruned.isEmpty && forgotten.isEmpty && firstSeen.isEmpty
            && categorySlugs.isEmpty
            && feedArchive.isEmpty && feedArchiveDigests == nil
    }
}
