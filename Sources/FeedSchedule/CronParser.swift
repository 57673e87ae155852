/// Reads the text of a cron expression into a `CronExpression.Schedule`, keeping track of
/// columns so every error points at the character that is wrong.
struct CronParser {
    private let text: String
    private let characters: [Character]

    init(_ text: String) {
        self.text = text
        self.characters = Array(text)
    }

    /// The macros Vixie cron accepts and the fields each stands for.
    static let macros: [(name: String, fields: String)] = [
        ("@yearly", "0 0 1 1 *"), ("@annually", "0 0 1 1 *"), ("@monthly", "0 0 1 * *"),
        ("@weekly", "0 0 * * 0"), ("@daily", "0 0 * * *"), ("@midnight", "0 0 * * *"),
        ("@hourly", "0 * * * *"),
    ]

    /// How messages name the five fields.
    private static let fieldList = "(minute hour day-of-month month day-of-week)"

    func parse() throws(CronSyntaxError) -> CronExpression.Schedule {
        let words = self.words()
        guard let first = words.first else {
            throw error(
                nil, 0, "empty expression; expected 5 fields \(Self.fieldList) or a macro such as @daily")
        }
        if characters[first.lowerBound] == "@" { return try macro(words) }
        try checkFieldCount(words)
        return .times(try times(words))
    }

    private func checkFieldCount(_ words: [Range<Int>]) throws(CronSyntaxError) {
        if words.count > 5 {
            throw error(
                nil, words[5].lowerBound,
                "found \(words.count) fields, expected 5 \(Self.fieldList); cron has no seconds or year field"
            )
        }
        // Fewer than five: the first field not written is the one missing.
        if words.count < 5, let missing = CronField(rawValue: words.count) {
            throw error(
                missing, characters.count, "missing; found \(words.count) of the 5 fields \(Self.fieldList)")
        }
    }

    /// Runs of characters between spaces, tabs or line breaks, as column ranges.
    private func words() -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for (index, character) in characters.enumerated() {
            if character.isWhitespace {
                if let begin = start { words.append(begin..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let begin = start { words.append(begin..<characters.count) }
        return words
    }

    private func macro(_ words: [Range<Int>]) throws(CronSyntaxError) -> CronExpression.Schedule {
        let name = String(characters[words[0]])
        guard words.count == 1 else {
            throw error(
                nil, words[1].lowerBound, "unexpected text after \(name); a macro is the whole schedule")
        }
        if name == "@reboot" { return .reboot }
        guard let expansion = Self.macros.first(where: { $0.name == name }) else {
            let known = (["@reboot"] + Self.macros.map(\.name)).joined(separator: ", ")
            throw error(nil, words[0].lowerBound, "unknown macro \(name); expected one of \(known)")
        }
        let parser = CronParser(expansion.fields)
        return .times(try parser.times(parser.words()))
    }

    private func times(_ words: [Range<Int>]) throws(CronSyntaxError) -> CronTimes {
        var times = CronTimes()
        for field in CronField.allCases {
            let word = words[field.rawValue]
            times.values[field.rawValue] = try self.field(field, word)
            // Vixie cron's DOM_STAR/DOW_STAR/MIN_STAR/HR_STAR: the first character decides.
            times.startsWithStar[field.rawValue] = characters[word.lowerBound] == "*"
        }
        return times
    }

    /// One field: a comma-separated list of items.
    private func field(_ field: CronField, _ word: Range<Int>) throws(CronSyntaxError) -> CronValueSet {
        var set = CronValueSet()
        var start = word.lowerBound
        while true {
            let end = characters[start..<word.upperBound].firstIndex(of: ",") ?? word.upperBound
            try checkNotEmpty(field, start..<end, in: word)
            try CronItemParser(parser: self, field: field, end: end).parse(from: start, into: &set)
            guard end < word.upperBound else { return set }
            start = end + 1
        }
    }

    private func checkNotEmpty(_ field: CronField, _ item: Range<Int>, in word: Range<Int>)
        throws(CronSyntaxError)
    {
        guard item.isEmpty else { return }
        if item.lowerBound == word.lowerBound {
            throw error(field, item.lowerBound, "list starts with ','; expected a value first")
        }
        if item.lowerBound == word.upperBound {
            throw error(field, item.lowerBound - 1, "list ends with ','; expected a value after it")
        }
        throw error(field, item.lowerBound, "empty list item between two commas")
    }

    subscript(column: Int) -> Character { characters[column] }

    func text(_ columns: Range<Int>) -> String { String(characters[columns]) }

    func error(_ field: CronField?, _ column: Int, _ message: String) -> CronSyntaxError {
        CronSyntaxError(expression: text, field: field, column: column, message: message)
    }
}
