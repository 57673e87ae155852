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
