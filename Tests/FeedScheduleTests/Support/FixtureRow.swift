import Testing

/// One data line of a tab-separated fixture, remembered with its file and line so a failing
/// case names the row to fix.
struct FixtureRow: Sendable, CustomTestStringConvertible {
    let file: String
    let line: Int
    let fields: [String]

    /// `errors.tsv:12 zero step`: where the row lives and what it covers (the last column).
    var testDescription: String { "\(file):\(line) \(fields.last ?? "")" }

    /// The fields, after checking the row has the column count its table promises.
    func columns(_ count: Int) throws -> [String] {
        guard fields.count == count else {
            throw FixtureError("\(file):\(line) has \(fields.count) columns, expected \(count)")
        }
        return fields
    }

    /// Decodes the escapes fixtures use for characters a TSV cannot show: `\s` space, `\t`
    /// tab, `\n` line break, `\e` empty field, `\\` backslash.
    static func unescape(_ field: Substring) -> String {
        var result = ""
        var escaping = false
        for character in field {
            if escaping {
                switch character {
                case "s": result.append(" ")
                case "t": result.append("\t")
                case "n": result.append("\n")
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

/// A fixture that cannot be read as written; thrown so the case fails with the reason
/// instead of passing without checking anything.
struct FixtureError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
