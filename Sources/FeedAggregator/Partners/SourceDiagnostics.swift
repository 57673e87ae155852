public import FeedParser

/// What the parser said about one source's document, for the build report: how many
/// diagnostics of each code and severity, the same in words, the first few in full, and
/// how far reading went when the item limit stopped it.
public struct SourceDiagnostics: Sendable, Equatable {
    /// How many diagnostics share a code and a severity.
    public struct Tally: Sendable, Equatable {
        /// The parser's code for the problem.
        public var code: ParseDiagnosticCode
        /// The severity the diagnostics were reported with.
        public var severity: ParseDiagnostic.Severity
        /// How many there were.
        public var count: Int
    }

    /// Reading stopped at the item limit: `read` items were read of `inDocument` (`nil`
    /// when the rest could not be counted).
    public struct ItemLimit: Sendable, Equatable {
        /// The source's item limit.
        public var limit: Int
        /// How many items were read before stopping.
        public var read: Int
        /// How many items the document holds, when the rest could be counted.
        public var inDocument: Int?
    }

    /// How many diagnostics a report shows in full.
    public static let shownInFull = 3

    /// Per code and severity, in the order each first occurs.
    public private(set) var tallies: [Tally] = []
    /// The first ``shownInFull`` diagnostics, errors and warnings before notes.
    public private(set) var first: [ParseDiagnostic] = []
    /// The summary in words: `["3 dates dropped", "document recovered"]`.
    public private(set) var phrases: [String] = []
    /// Set when reading stopped at the item limit.
    public private(set) var itemLimit: ItemLimit?

    /// No diagnostics: a clean document, or a source that was not read.
    public init() {}

    /// The diagnostics of a parse that read `entriesRead` items, tallied and put in words.
    public init(_ parsed: ParsedFeed, entriesRead: Int) {
        let diagnostics = parsed.diagnostics
        tallies = Self.tallies(diagnostics)
        first = Array(
            (diagnostics.filter(\.isProblem) + diagnostics.filter { !$0.isProblem }).prefix(Self.shownInFull))
        for diagnostic in diagnostics {
            if case .itemLimit(let limit) = diagnostic.detail {
                itemLimit = ItemLimit(limit: limit, read: entriesRead, inDocument: parsed.entriesInDocument)
            }
        }
        phrases = Self.phrases(diagnostics, entriesInDocument: parsed.entriesInDocument)
    }

    /// All diagnostics, every severity.
    public var total: Int { tallies.reduce(0) { $0 + $1.count } }

    /// Whether anything worse than a note was found: the build warns about the source.
    public var hasProblems: Bool { tallies.contains { $0.severity != .info } }

    /// The phrases joined: `3 dates dropped, document recovered, encoding guessed windows-1251`.
    public var summary: String { phrases.joined(separator: ", ") }

    private static func tallies(_ diagnostics: [ParseDiagnostic]) -> [Tally] {
        var tallies: [Tally] = []
        for diagnostic in diagnostics {
            if let index = tallies.firstIndex(where: {
                $0.code == diagnostic.code && $0.severity == diagnostic.severity
            }) {
                tallies[index].count += 1
            } else {
                tallies.append(Tally(code: diagnostic.code, severity: diagnostic.severity, count: 1))
            }
        }
        return tallies
    }

    /// One phrase per code, counting its diagnostics, except where a detail says more (the
    /// encoding guessed, the item limit): then one phrase per distinct detail.
    private static func phrases(_ diagnostics: [ParseDiagnostic], entriesInDocument: Int?) -> [String] {
        var groups: [(code: ParseDiagnosticCode, plain: Int, detailed: [String])] = []
        for diagnostic in diagnostics {
            let index =
                groups.firstIndex { $0.code == diagnostic.code }
                ?? {
                    groups.append((diagnostic.code, 0, [])); return groups.count - 1
                }()
            let detailed = diagnostic.detail.flatMap {
                DiagnosticPhrases.phrase(for: $0, entriesInDocument: entriesInDocument)
            }
            if let detailed {
                if !groups[index].detailed.contains(detailed) { groups[index].detailed.append(detailed) }
            } else {
                groups[index].plain += 1
            }
        }
        return groups.flatMap { group in
            (group.plain > 0 ? [DiagnosticPhrases.phrase(for: group.code)(group.plain)] : []) + group.detailed
        }
    }
}

extension ParseDiagnostic {
    /// An error or a warning: something worth a line on stderr, unlike a note.
    var isProblem: Bool { severity != .info }
}
