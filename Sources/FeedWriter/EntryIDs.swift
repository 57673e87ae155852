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
