public import FeedModel

/// One rubric of a published feed: a category name and the entries filed under it.
public struct Rubric: Sendable, Equatable {
    /// The name as the newest entry filed under it spells it, for headings and titles.
    public var name: String
    /// ``RubricSlug/nameKey(_:)`` of the name: what entries are grouped by.
    public var key: String
    /// The entries filed under the rubric, in feed order (newest first), each once.
    public var entries: [Entry]

    /// Every rubric of `feed` with its entries, in the order the rubrics first appear.
    /// Own items and partner items alike: a partner's category is a rubric too.
    public static func all(in feed: Feed) -> [Rubric] {
        var rubrics: [Rubric] = []
        var position: [String: Int] = [:]
        for entry in feed.entries {
            var filed = Set<String>()
            for name in names(of: entry) {
                let key = RubricSlug.nameKey(name)
                guard !key.isEmpty, filed.insert(key).inserted else { continue }
                if let index = position[key] {
                    rubrics[index].entries.append(entry)
                } else {
                    position[key] = rubrics.count
                    rubrics.append(Rubric(name: name, key: key, entries: [entry]))
                }
            }
        }
        return rubrics
    }

    /// The names an entry's categories are shown by: the label, else the term; the same
    /// the pages print.
    static func names(of entry: Entry) -> [String] {
        entry.categories.map { category in
            category.label.flatMap { $0.isBlank ? nil : $0 } ?? category.term
        }
    }
}
