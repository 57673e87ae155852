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
