import FeedJSON

/// What the partner-item gate did to one source's items, as lines for the build report:
/// the first few in full, then a count, so that a hostile feed of ten thousand broken
/// items gives a readable report.
struct GateNotes {
    static let shownInFull = 10

    private(set) var lines: [String] = []
    private(set) var count = 0

    mutating func add(_ line: String) {
        count += 1
        if count <= Self.shownInFull { lines.append(line) }
    }

    /// The lines, with the count of those left out.
    var summary: [String] {
        guard count > lines.count else { return lines }
        return lines + ["and \(count - lines.count) more repairs of the same kinds"]
    }

    /// How an item is named in a line: its title, shortened, and its id.
    static func item(_ title: String, id: String) -> String {
        "item \(quoted(title)) (id \(quoted(id)))"
    }

    /// Cut the way the gate cuts titles (at a word, with `…`), then quoted by the one
    /// escaper, so a partner's line break or quote cannot split or forge a report line.
    static func quoted(_ text: String, limit: Int = 80) -> String {
        OneLineText.quoted(TextCut.title(text, limit: limit) ?? text, limit: .max)
    }
}
