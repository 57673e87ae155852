import FeedDates

/// Walks the lines of a seed page, one section at a time.
struct LineCursor {
    private let lines: [Substring]
    private let file: String
    /// 0-based index of the next unread line.
    private var index = 0

    init(text: String, file: String) {
        // "\r\n" is one Character in Swift, so both line ends are matched as characters.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        if lines.last?.isEmpty == true { lines.removeLast() }
        self.lines = lines
        self.file = file
    }

    mutating func blockTitle() throws(SeedError) -> String {
        guard let first = lines.first, !trimmed(first).isEmpty else {
            throw error(line: 1, "expected the block title on the first line, found an empty line")
        }
        index = 1
        return trimmed(first)
    }

    mutating func headlines() throws(SeedError) -> [SeedHeadline] {
        var headlines: [SeedHeadline] = []
        while index < lines.count, DottedDateTime.looksLikeDate(lines[index]) {
            headlines.append(try headline(lines[index], number: index + 1))
            index += 1
        }
        return headlines
    }

    mutating func article() throws(SeedError) -> SeedArticle? {
        skipBlankLines()
        guard index < lines.count else { return nil }
        let titleLine = index + 1
        let title = trimmed(lines[index])
        index += 1
        let rubric = try rubricLine(after: titleLine)
        try expectBlankLine(afterRubricAt: titleLine + 1)
        let paragraphs = remainingParagraphs()
        guard !paragraphs.isEmpty else {
            throw error(line: titleLine, "article \"\(title)\" has no text after its rubric")
        }
        return SeedArticle(line: titleLine, title: title, rubric: rubric, paragraphs: paragraphs)
    }

    private func headline(_ line: Substring, number: Int) throws(SeedError) -> SeedHeadline {
        guard let (time, rest) = DottedDateTime.parsePrefix(line) else {
            throw error(
                line: number,
                "malformed timeline line: expected \"DD.MM.YYYY, HH:MM Title\" with a real date, "
                    + "found \"\(line)\"")
        }
        let title = trimmed(rest)
        guard !title.isEmpty else {
            throw error(line: number, "timeline line has a time but no title")
        }
        return SeedHeadline(line: number, localTime: time, title: title)
    }

    private mutating func rubricLine(after titleLine: Int) throws(SeedError) -> String {
        guard index < lines.count, !trimmed(lines[index]).isEmpty else {
            throw error(line: titleLine + 1, "expected the article's rubric on the line after its title")
        }
        defer { index += 1 }
        return trimmed(lines[index])
    }

    private mutating func expectBlankLine(afterRubricAt rubricLine: Int) throws(SeedError) {
        guard index < lines.count, trimmed(lines[index]).isEmpty else {
            throw error(line: rubricLine + 1, "expected a blank line after the rubric")
        }
        index += 1
    }

    private mutating func remainingParagraphs() -> [String] {
        defer { index = lines.count }
        return lines[index...].map(trimmed).filter { !$0.isEmpty }
    }

    private mutating func skipBlankLines() {
        while index < lines.count, trimmed(lines[index]).isEmpty { index += 1 }
    }

    private func trimmed(_ line: Substring) -> String {
        var line = line
        while line.first?.isWhitespace == true { line.removeFirst() }
        while line.last?.isWhitespace == true { line.removeLast() }
        return String(line)
    }

    private func error(line: Int, _ message: String) -> SeedError {
        SeedError(file: file, line: line, message: message)
    }
}
