public import Foundation
public import Testing

/// One data line of a tab-separated fixture table, remembered with its file and line so a
/// failing case names the row to fix.
public struct FixtureRow: Sendable, CustomTestStringConvertible {
    public let file: String
    public let line: Int
    public let fields: [String]

    public init(file: String, line: Int, fields: [String]) {
        self.file = file
        self.line = line
        self.fields = fields
    }

    /// `quotes.tsv:12 «» vs ""`: where the row lives and what it covers (the last column).
    public var testDescription: String { "\(file):\(line) \(fields.last ?? "")" }

    /// The fields, after checking the row has the column count its table promises; a short
    /// row is a fixture typo that would otherwise surface as an index trap.
    public func columns(_ count: Int) throws -> [String] {
        guard fields.count == count else {
            throw FixtureError("\(file):\(line) has \(fields.count) columns, expected \(count)")
        }
        return fields
    }

    /// The data rows of a table file: `#` lines and blank lines are comments; fields are
    /// tab-separated and unescaped. `label` names the file in test descriptions.
    public static func rows(of url: URL, label: String? = nil) throws -> [FixtureRow] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap {
            index, line in
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(unescape)
            return FixtureRow(file: label ?? url.lastPathComponent, line: index + 1, fields: fields)
        }
    }

    /// Decodes the escapes fixtures use for characters a TSV cannot show or a reader would
    /// not see: `\s` space, `\t` tab, `\n` newline, `\r` return, `\e` empty field, `\\`
    /// backslash and `\u{A0}` any scalar by its hexadecimal value.
    public static func unescape(_ field: Substring) -> String {
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

/// A fixture that cannot be read as written; thrown so the case fails with the reason
/// instead of passing without checking anything.
public struct FixtureError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
