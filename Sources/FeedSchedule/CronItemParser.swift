/// One list item of one field: `*`, a value, a range `a-b`, each optionally with `/step`.
/// Vixie rules: values may be names in month and day-of-week fields; `a/step` means
/// `a-max/step` (cronie); the step itself must be a number.
struct CronItemParser {
    let parser: CronParser
    let field: CronField
    /// The column just past the item (a comma or the end of the field).
    let end: Int

    func parse(from start: Int, into set: inout CronValueSet) throws(CronSyntaxError) {
        var cursor = start
        let bounds = field.bounds
        var lower = bounds.lowerBound
        var upper: Int? = bounds.upperBound
        if parser[cursor] == "*" {
            cursor += 1
        } else {
            lower = try value(at: &cursor)
            upper = try rangeEnd(at: &cursor, from: start, lower: lower)
        }
        var step = 1
        if cursor < end && parser[cursor] == "/" {
            cursor += 1
            step = try self.step(at: &cursor, slash: cursor - 1)
            upper = upper ?? bounds.upperBound
        }
        guard cursor == end else { throw unexpected(at: cursor) }
        for value in stride(from: lower, through: upper ?? lower, by: step) {
            // 7 is Vixie's second Sunday.
            set.insert(field == .dayOfWeek && value == 7 ? 0 : value)
        }
    }

    /// The upper end after `-`, or `nil` when the item is a single value.
    private func rangeEnd(at cursor: inout Int, from start: Int, lower: Int) throws(CronSyntaxError) -> Int? {
        guard cursor < end && parser[cursor] == "-" else { return nil }
        cursor += 1
        guard cursor < end else { throw parser.error(field, cursor - 1, "expected a value after '-'") }
        let upper = try value(at: &cursor)
        guard lower <= upper else {
            throw parser.error(
                field, start,
                "range \(parser.text(start..<cursor)) runs backwards; cron ranges do not wrap around")
        }
        return upper
    }

    private func value(at cursor: inout Int) throws(CronSyntaxError) -> Int {
        let start = cursor
        if parser[cursor].isASCII && parser[cursor].isNumber {
            let number = digits(at: &cursor)
            guard field.bounds.contains(number) else {
                let range = "\(field.bounds.lowerBound)-\(field.bounds.upperBound)"
                throw parser.error(field, start, "\(parser.text(start..<cursor)) is out of range \(range)")
            }
            return number
        }
        guard parser[cursor].isLetter else { throw unexpected(at: cursor) }
        while cursor < end && (parser[cursor].isLetter || parser[cursor].isNumber) { cursor += 1 }
        return try name(parser.text(start..<cursor), at: start)
    }

    private func name(_ word: String, at column: Int) throws(CronSyntaxError) -> Int {
        let names = field.names
        guard let first = names.first, let last = names.last else {
            let range = "\(field.bounds.lowerBound)-\(field.bounds.upperBound)"
            throw parser.error(field, column, "expected a number \(range), found \"\(word)\"")
        }
        guard let index = names.firstIndex(of: word.lowercased()) else {
            throw parser.error(
                field, column, "unknown \(field.name) name \"\(word)\"; expected \(first)-\(last)")
        }
        return field.bounds.lowerBound + index
    }

    private func step(at cursor: inout Int, slash: Int) throws(CronSyntaxError) -> Int {
        guard cursor < end else { throw parser.error(field, slash, "expected a step after '/'") }
        let start = cursor
        guard parser[cursor].isASCII && parser[cursor].isNumber else {
            while cursor < end && (parser[cursor].isLetter || parser[cursor].isNumber) { cursor += 1 }
            let found = cursor > start ? "\"\(parser.text(start..<cursor))\"" : "'\(parser[start])'"
            throw parser.error(field, start, "step must be a number, found \(found)")
        }
        let step = digits(at: &cursor)
        guard step >= 1 else { throw parser.error(field, start, "step must be at least 1") }
        guard step <= field.bounds.count else {
            let range = "\(field.bounds.lowerBound)-\(field.bounds.upperBound)"
            throw parser.error(
                field, start, "step \(parser.text(start..<cursor)) is larger than the range \(range)")
        }
        return step
    }

    /// A run of ASCII digits; saturates instead of overflowing, since anything that large
    /// is out of range anyway.
    private func digits(at cursor: inout Int) -> Int {
        var number = 0
        while cursor < end, parser[cursor].isASCII, let digit = parser[cursor].wholeNumberValue {
            number = min(number * 10 + digit, 1_000_000)
            cursor += 1
        }
        return number
    }

    /// Hints for the syntax people bring from Quartz, Spring or AWS cron.
    private func unexpected(at column: Int) -> CronSyntaxError {
        let character = parser[column]
        let hint =
            switch character {
            case "?": "; Vixie cron has no '?', use '*'"
            case "#": "; Vixie cron has no nth-weekday '#' syntax"
            default: ""
            }
        return parser.error(field, column, "unexpected '\(character)'\(hint)")
    }
}
