import FeedModel

/// Entry IDs made unique within one written feed. Sources repeat a guid now and then, and
/// a feed whose IDs repeat makes readers drop or merge items (validators report
/// `DuplicateValue`/`DuplicateIds`), so a repeat gets `#2`, `#3`… appended.
public struct EntryIDs {
    public init() {}

    private var seen = Set<String>()

    /// `id`, or `id#N` when it was seen before; an empty id stays empty, since writers
    /// derive one from the entry's link, title or text.
    public mutating func unique(_ id: String) -> String {
        guard !id.isEmpty, !seen.insert(id).inserted else { return id }
        var counter = 2
        while !seen.insert("\(id)#\(counter)").inserted { counter += 1 }
        return "\(id)#\(counter)"
    }

    /// `entries` with every repeated ID made unique.
    static func unique(_ entries: [Entry]) -> [Entry] {
        var ids = EntryIDs()
        return entries.map { entry in
            var entry = entry
            entry.id = ids.unique(entry.id)
            return entry
        }
    }
}
