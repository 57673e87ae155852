public import FeedParser
import Foundation

/// The words a build report uses for each kind of parse diagnostic, counted: the one table
/// of them, so that every code the parser can emit has a phrase (a test enumerates the
/// codes) and the report, the JSON and the stderr line say the same thing.
public enum DiagnosticPhrases {
    /// A phrase for one occurrence and one for several, where `#` stands for the count.
    public struct Phrase: Sendable, Equatable {
        /// The phrase for a single occurrence.
        public var one: String
        /// The phrase for several, with `#` where the count goes.
        public var many: String

        /// The phrase for `count` occurrences, the count written with thousands separators.
        public func callAsFunction(_ count: Int) -> String {
            count == 1 ? one : many.replacingOccurrences(of: "#", with: DiagnosticPhrases.grouped(count))
        }
    }

    /// The phrase for a code, whatever its detail.
    public static func phrase(for code: ParseDiagnosticCode) -> Phrase {
        switch code {
        case .notWellFormed: Phrase(one: "document recovered", many: "document recovered from # problems")
        case .undeclaredPrefix:
            Phrase(one: "undeclared prefix read as usual", many: "# undeclared prefixes read as usual")
        case .encodingMismatch: Phrase(one: "encoding mismatch", many: "# encoding mismatches")
        case .invalidDate: Phrase(one: "date dropped", many: "# dates dropped")
        case .dateWithoutZone: Phrase(one: "date without a time zone", many: "# dates without a time zone")
        case .invalidNumber: Phrase(one: "number dropped", many: "# numbers dropped")
        case .unsupportedContent:
            Phrase(one: "non-text content left out", many: "# non-text contents left out")
        case .sanitizedHTML: Phrase(one: "unsafe HTML removed", many: "unsafe HTML removed in # fields")
        case .unescapedMarkup: Phrase(one: "unescaped markup kept", many: "unescaped markup kept in # fields")
        case .unsafeURL: Phrase(one: "unsafe link dropped", many: "# unsafe links dropped")
        case .ignoredElement: Phrase(one: "element ignored", many: "# elements ignored")
        case .missingValue: Phrase(one: "missing value filled in", many: "# missing values filled in")
        case .unknownFormat: Phrase(one: "format not recognised", many: "# format problems")
        case .limitExceeded: Phrase(one: "limit reached", many: "# limits reached")
        case .compressed:
            Phrase(one: "compressed document decompressed", many: "# compressed layers decompressed")
        }
    }

    /// The phrase for a diagnostic whose detail says more than its code: the guessed
    /// encoding, how many invalid UTF-8 sequences were replaced, the item limit. `nil`
    /// when the code's phrase says it all.
    public static func phrase(for detail: ParseDiagnostic.Detail, entriesInDocument: Int?) -> String? {
        switch detail {
        case .decodedAs(let encoding): "encoding guessed \(encoding)"
        case .invalidUTF8Replaced(let count):
            Phrase(
                one: "1 invalid UTF-8 sequence replaced with U+FFFD",
                many: "# invalid UTF-8 sequences replaced with U+FFFD")(count)
        case .itemLimit(let limit): itemLimitPhrase(limit: limit, inDocument: entriesInDocument)
        }
    }

    /// `read 10,000 of 50,000 items (item limit 10,000)`.
    public static func itemLimitPhrase(limit: Int, inDocument: Int?) -> String {
        let total = inDocument.map { " of \(grouped($0))" } ?? ", not all"
        return "read \(grouped(limit))\(total) items (item limit \(grouped(limit)))"
    }
}

extension DiagnosticPhrases {
    /// `50000` as `50,000`: fixed, not the locale's, so reports and tests read the same
    /// everywhere.
    public static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }
}
