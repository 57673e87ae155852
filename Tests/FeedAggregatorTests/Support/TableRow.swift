import FeedTestSupport
import Foundation
import Testing

/// One data line of a tab-separated fixture, with its file and line so a failing case names
/// the row to fix.
struct TableRow: Sendable, CustomTestStringConvertible {
    let file: String
    let line: Int
    let fields: [String]

    /// `quotes.tsv:12 «» vs ""`: where the row lives and what it covers (the last column).
    var testDescription: String { "\(file):\(line) \(fields.last ?? "")" }

    /// The fields, after checking the row has the column count its table promises.
    func columns(_ count: Int) throws -> [String] {
        guard fields.count == count else {
            throw TableError("\(file):\(line) has \(fields.count) columns, expected \(count)")
        }
        return fields
    }

    /// Every data row of the `.tsv` files in `Fixtures/<directory>`; `#` lines and blank
    /// lines are comments.
    static func rows(in directory: String) -> [TableRow] {
        Fixtures.files(in: TableRow.fixtures.appendingPathComponent(directory), withExtension: "tsv")
            .flatMap(rows(of:))
    }

    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    private static func rows(of url: URL) -> [TableRow] {
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap {
            offset, line in
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(unescape)
            return TableRow(file: url.lastPathComponent, line: offset + 1, fields: fields)
        }
    }

    /// Decodes the escapes fixtures use for characters a TSV cannot show or a reader would
    /// not see: `\s` space, `\t` tab, `\n` newline, `\r` return, `\e` empty field,
    /// `\\` backslash and `\u{A0}` any scalar by its hexadecimal value.
    static func unescape(_ field: Substring) -> String {
        var result = ""
        var rest = field[...]
        while let backslash = rest.firstIndex(of: "\\") {
            result += rest[..<backslash]
            rest = rest[rest.index(after: backslash)...]
            guard let code = rest.first else { break }
            rest = rest.dropFirst()
            switch code {
            case "s": result += " "
            case "t": result += "\t"
            case "n": result += "\n"
            case "r": result += "\r"
            case "e": break
            case "u": result += scalar(&rest)
            default: result.append(code)
            }
        }
        return result + rest
    }

    /// Reads `{hex}` off the front of `rest`.
    private static func scalar(_ rest: inout Substring) -> String {
        guard rest.first == "{", let close = rest.firstIndex(of: "}"),
            let value = UInt32(rest[rest.index(after: rest.startIndex)..<close], radix: 16),
            let scalar = Unicode.Scalar(value)
        else { return "\\u" }
        rest = rest[rest.index(after: close)...]
        return String(Character(scalar))
    }
}

/// A fixture that cannot be read as written; thrown so the case fails with the reason.
struct TableError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
