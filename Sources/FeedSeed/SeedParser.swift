import FeedDates

/// Reads the page format of `seeds/*.txt`.
///
/// Every line is accounted for: a line that looks like a timeline entry but does not parse
/// is an error, never silently taken for article text.
public enum SeedParser {
    /// Parses a seed file's bytes; `file` is only used in error messages.
    public static func parse(_ bytes: [UInt8], file: String) throws(SeedError) -> SeedPage {
        guard let text = String(validating: stripBOM(bytes), as: UTF8.self) else {
            throw SeedError(file: file, line: firstInvalidUTF8Line(bytes), message: "not valid UTF-8")
        }
        return try parse(text, file: file)
    }

    /// Parses a seed file's text; `file` is only used in error messages.
    public static func parse(_ text: String, file: String) throws(SeedError) -> SeedPage {
        var cursor = LineCursor(text: text, file: file)
        let blockTitle = try cursor.blockTitle()
        let headlines = try cursor.headlines()
        let article = try cursor.article()
        return SeedPage(blockTitle: blockTitle, headlines: headlines, article: article)
    }

    private static func stripBOM(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    }

    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int? {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}

/// A seed file that cannot be read, with the place and what was expected there.
public struct SeedError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line number; `nil` when the problem concerns the whole file.
    public var line: Int?
    /// What is wrong and, where it helps, what was expected instead.
    public var message: String

    /// An error at `line` of `file`, or about the whole file for a `nil` line.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, the form editors and compilers use, so a terminal can jump
    /// to the line.
    public var description: String {
        guard let line else { return "\(file): \(message)" }
        return "\(file):\(line): \(message)"
    }
}
