/// Feeds in the wild repeat a category or a link; written twice, they are a validation
/// error (`DuplicateValue`, `DuplicateAtomLink`) and mean nothing more, so each is written
/// once, in first-seen order.
enum Unique {
    static func values<Value: Hashable>(_ values: [Value]) -> [Value] {
        var seen = Set<Value>()
        return values.filter { seen.insert($0).inserted }
    }
}
