public import FeedModel

/// One rubric of a published feed: a category name and the entries filed under it.
public struct Rubric: Sendable, Equatable {
    /// The name for headings and titles: the spelling of the newest entry filed under the
    /// rubric that starts with a capital letter ("Общество" over "общество"), else the
    /// newest entry's; whitespace runs shown as one space.
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
                let shown = name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                if let index = position[key] {
                    rubrics[index].entries.append(entry)
                    if !isCapitalized(rubrics[index].name), isCapitalized(shown) {
                        rubrics[index].name = shown
                    }
                } else {
                    position[key] = rubrics.count
                    rubrics.append(Rubric(name: shown, key: key, entries: [entry]))
                }
            }
        }
        return rubrics
    }

    private static func isCapitalized(_ name: String) -> Bool {
        name.first?.isUppercase ?? false
    }

    /// The names an entry's categories are shown by: the label, else the term; the same
    /// the pages print.
    static func names(of entry: Entry) -> [String] {
        entry.categories.map { category in
            category.label.flatMap { $0.isBlank ? nil : $0 } ?? category.term
        }
    }
}
