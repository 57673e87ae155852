import FeedModel

/// Partner items keep their own IDs, but two sources (or a source and the site) may use
/// the same one, and a feed must not repeat an ID. A clashing item gets its source's name
/// appended; the map leads back to the ID the archive knows it by.
enum UniqueIDs {
    static func assign(_ partners: [Entry], taken local: [Entry]) -> (
        entries: [Entry], renamed: [String: String]
    ) {
        var taken = Set(local.map(\.id))
        var renamed: [String: String] = [:]
        let entries = partners.map { entry in
            guard !taken.insert(entry.id).inserted else { return entry }
            var entry = entry
            let base = "\(entry.id)#\(entry.origin?.name ?? "partner")"
            var candidate = base
            var counter = 2
            while !taken.insert(candidate).inserted {
                candidate = "\(base)-\(counter)"
                counter += 1
            }
            renamed[candidate] = entry.id
            entry.id = candidate
            return entry
        }
        return (entries, renamed)
    }
}
