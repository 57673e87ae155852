import Testing

/// One data line of a tab-separated fixture, remembered with its file and line so a failing
/// case names the row to fix.
struct FixtureRow: Sendable, CustomTestStringConvertible {
    let file: String
    let line: Int
    let fields: [String]

    /// `dotted.tsv:12 February 30`: where the row lives and what it covers (the last column).
    var testDescription: String { "\(file):\(line) \(fields.last ?? "")" }

    /// Decodes the escapes fixtures use for characters a TSV cannot show: `\s` space, `\t`
    /// tab, `\e` empty field, `\\` backslash.
    static func unescape(_ field: Substring) -> String {
        var result = ""
        var escaping = false
        for character in field {
            if escaping {
                switch character {
                case "s": result.append(" ")
                case "t": result.append("\t")
                case "e": break
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
