public import FeedModel

/// What `Deduplicator.merge(local:partners:)` kept and what it dropped.
public struct DedupOutcome: Sendable {
    /// The site's own entries in input order, then the surviving partner entries in input
    /// order; sorting for output is the writer's job.
    public var kept: [Entry]
    /// One record per dropped partner entry, in the partners' input order.
    public var duplicates: [Duplicate]

    /// An outcome keeping `kept` and dropping `duplicates`.
    public init(kept: [Entry], duplicates: [Duplicate]) {
        self.kept = kept
        self.duplicates = duplicates
    }

    /// How many entries of the source named `name` (their `origin.name`) were dropped.
    public func duplicateCount(ofSourceNamed name: String) -> Int {
        duplicates.count { $0.dropped.origin?.name == name }
    }
}

/// A partner entry dropped because an entry already kept tells the same story.
public struct Duplicate: Sendable, Equatable {
    /// The partner entry that was dropped.
    public var dropped: Entry
    /// The `id` of the kept entry it duplicates: a local one, or the earliest partner copy.
    public var keptID: String

    /// A record of `dropped` as a copy of the entry with `keptID`.
    public init(dropped: Entry, keptID: String) {
        self.dropped = dropped
        self.keptID = keptID
    }
}
