public import FeedModel

/// Entry IDs made unique within one written feed. Sources repeat a guid now and then, and
/// a feed whose IDs repeat makes readers drop or merge items (validators report
/// `DuplicateValue`/`DuplicateIds`), so a repeat gets `#2`, `#3`… appended.
public struct EntryIDs {
    /// A set with no id seen yet: one per written feed.
    public init() {}

    private var seen = Set<String>()

    /// `id`, or `id#N` when it was seen before.
    public mutating func unique(_ id: String) -> String {
        guard !seen.insert(id).inserted else { return id }
        var counter = 2
        while !seen.insert("\(id)#\(counter)").inserted { counter += 1 }
        return "\(id)#\(counter)"
    }

    /// `entry` with its id given by `EntryIdentity` (for an entry without one) and
    /// made unique among the entries identified before it.
    public mutating func identify(_ entry: Entry) -> Entry {
        var entry = entry
        entry.id = unique(EntryIdentity.id(for: entry))
        return entry
    }

    /// `entries` with every id given and made unique.
    static func unique(_ entries: [Entry]) -> [Entry] {
        var ids = EntryIDs()
        return entries.map { ids.identify($0) }
    }
}

/// Feeds in the wild repeat a category or a link; written twice, they are a validation
/// error (`DuplicateValue`, `DuplicateAtomLink`) and mean nothing more, so each is written
/// once, in first-seen order.
enum Unique {
    static func values<Value: Hashable>(_ values: [Value]) -> [Value] {
        // Entries have a handful of each at most: comparing pairs costs less than hashing
        // into a set that would be allocated for every entry of a 10,000-item feed.
        guard values.count > 1 else { return values }
        guard values.count > 16 else {
            // Nothing is allocated unless there is a repeat to drop (the common case has none).
            let hasRepeat = values.indices.dropFirst().contains { values[..<$0].contains(values[$0]) }
            guard hasRepeat else { return values }
            var kept: [Value] = []
            kept.reserveCapacity(values.count)
            for value in values where !kept.contains(value) { kept.append(value) }
            return kept
        }
        var seen = Set<Value>()
        return values.filter { seen.insert($0).inserted }
    }
}
