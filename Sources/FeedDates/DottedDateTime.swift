/// The `DD.MM.YYYY, HH:MM` form the seed timelines use (`12.05.2025, 16:45 Some title`).
///
/// Strict on purpose: the seeds are our own files, so a near miss (one-digit day, two spaces,
/// a missing comma) is a typo to report, not a variant to guess at. The lenient feed date
/// parser is a separate concern.
public enum DottedDateTime {
    /// Byte length of `DD.MM.YYYY, HH:MM`.
    static let length = 17

    /// Parses text that is exactly `DD.MM.YYYY, HH:MM`, or nil for anything else, including
    /// impossible dates such as `30.02.2025`.
    public static func parse(_ text: Substring) -> CivilDateTime? {
        var text = text
        return text.withUTF8 { bytes in
            bytes.count == length ? civilDateTime(atStartOf: bytes) : nil
        }
    }

    /// Splits a timeline line into its date and the text after the single separating space.
    ///
    /// Further spaces stay in `rest`, so the caller decides how to trim the title. A line with
    /// nothing after the time is rejected: a timeline entry without a separator is malformed.
    public static func parsePrefix(_ line: Substring) -> (CivilDateTime, rest: Substring)? {
        var copy = line
        let time = copy.withUTF8 { bytes in
            bytes.count > length && bytes[length] == UInt8(ascii: " ")
                ? civilDateTime(atStartOf: bytes) : nil
        }
        guard let time else { return nil }
        // The first 18 bytes are ASCII, so this offset is a character boundary.
        let restStart = line.utf8.index(line.utf8.startIndex, offsetBy: length + 1)
        return (time, rest: line[restStart...])
    }

    /// True when the line starts like a dotted date (`\d{1,2}\.\d{1,2}\.`), so an importer can
    /// report a malformed date line instead of taking it for a continuation of the text.
    public static func looksLikeDate(_ line: Substring) -> Bool {
        var copy = line
        return copy.withUTF8 { bytes in
            var scanner = ASCIIScanner(bytes)
            return scanner.digitRun(limit: 2) > 0
                && scanner.consume(UInt8(ascii: "."))
                && scanner.digitRun(limit: 2) > 0
                && scanner.consume(UInt8(ascii: "."))
        }
    }

    private static func civilDateTime(atStartOf bytes: UnsafeBufferPointer<UInt8>) -> CivilDateTime? {
        var scanner = ASCIIScanner(bytes)
        guard let day = scanner.number(digits: 2), scanner.consume(UInt8(ascii: ".")),
            let month = scanner.number(digits: 2), scanner.consume(UInt8(ascii: ".")),
            let year = scanner.number(digits: 4), scanner.consume(UInt8(ascii: ",")),
            scanner.consume(UInt8(ascii: " ")),
            let hour = scanner.number(digits: 2), scanner.consume(UInt8(ascii: ":")),
            let minute = scanner.number(digits: 2)
        else { return nil }
        return CivilDateTime(year: year, month: month, day: day, hour: hour, minute: minute)
    }
}
