import FeedModel
import FeedParser
import Foundation
import Testing

@testable import FeedAggregator

/// A source's parse diagnostics as the build report carries them: counted per code and
/// severity, summarised in one phrase per code (or per detail), the first few in full.
@Suite("Source diagnostics summary")
struct SourceDiagnosticsTests {
    /// Every code the parser can emit has words for one and for several, and the words
    /// tell the codes apart.
    @Test(arguments: ParseDiagnosticCode.allCases)
    func everyCodeHasAPhrase(code: ParseDiagnosticCode) {
        let phrase = DiagnosticPhrases.phrase(for: code)
        #expect(!phrase.one.isEmpty && phrase.one == phrase.one.trimmingCharacters(in: .whitespaces))
        #expect(phrase(1) == phrase.one)
        #expect(phrase(1_234).contains("1,234"))
        let others = ParseDiagnosticCode.allCases.filter { $0 != code }.map {
            DiagnosticPhrases.phrase(for: $0)
        }
        #expect(!others.contains { $0.one == phrase.one || $0.many == phrase.many })
    }

    /// Every reader finding reaches the report under a code that has a phrase, with its
    /// detail where the code alone would not say enough.
    @Test func everyDetailHasAPhrase() {
        let details: [ParseDiagnostic.Detail] = [
            .decodedAs("windows-1251"), .invalidUTF8Replaced(2), .itemLimit(10),
        ]
        let phrases = details.compactMap { DiagnosticPhrases.phrase(for: $0, entriesInDocument: 50) }
        #expect(
            phrases == [
                "encoding guessed windows-1251", "2 invalid UTF-8 sequences replaced with U+FFFD",
                "read 10 of 50 items (item limit 10)",
            ])
    }

    @Test func countsAreGroupedPerCodeAndSeverityInOrderOfFirstSight() {
        let summary = SourceDiagnostics(
            parsed([
                date("yesterday"), ParseDiagnostic(.notWellFormed, .error, "repaired 1 bare '&'"),
                date("soon"),
                ParseDiagnostic(.dateWithoutZone, .info, "no zone"), date("never"),
                ParseDiagnostic(.notWellFormed, .warning, "<b> is still open"),
            ]), entriesRead: 3)
        #expect(
            summary.tallies.map { "\($0.code.rawValue)/\($0.severity.rawValue)=\($0.count)" } == [
                "InvalidDate/warning=3", "NotWellFormed/error=1", "DateWithoutZone/info=1",
                "NotWellFormed/warning=1",
            ])
        #expect(summary.total == 6)
        #expect(
            summary.summary == "3 dates dropped, document recovered from 2 problems, date without a time zone"
        )
        #expect(summary.hasProblems)
        #expect(summary.itemLimit == nil)
    }

    /// Errors and warnings are shown before notes, however early a note came.
    @Test func theFirstShownAreTheProblems() {
        let note = ParseDiagnostic(.dateWithoutZone, .info, "no zone")
        let summary = SourceDiagnostics(
            parsed([note, note, date("a"), date("b"), date("c"), date("d")]), entriesRead: 1)
        #expect(summary.first.map(\.message) == ["a", "b", "c"].map { #"pubDate: "\#($0)""# })
    }

    @Test func notesAloneAreNoProblem() {
        let summary = SourceDiagnostics(
            parsed([ParseDiagnostic(.dateWithoutZone, .info, "no zone")]), entriesRead: 1)
        #expect(!summary.hasProblems)
        #expect(summary.summary == "date without a time zone")
    }

    /// A detail replaces the code's own phrase: the encoding is named once however many
    /// diagnostics name it, and the item limit says how far reading went.
    @Test func detailsAreNamed() {
        let guessed = ParseDiagnostic(
            .encodingMismatch, .error, "decoded as KOI8-R", detail: .decodedAs("KOI8-R"))
        let limit = ParseDiagnostic(.limitExceeded, .warning, "truncated", detail: .itemLimit(10_000))
        var feed = parsed([guessed, guessed, limit, date("x")])
        feed.entriesInDocument = 50_000
        let summary = SourceDiagnostics(feed, entriesRead: 10_000)
        #expect(
            summary.summary
                == "encoding guessed KOI8-R, read 10,000 of 50,000 items (item limit 10,000), date dropped")
        #expect(summary.itemLimit == .init(limit: 10_000, read: 10_000, inDocument: 50_000))
    }

    @Test(arguments: [(0, "0"), (999, "999"), (1_000, "1,000"), (50_000, "50,000"), (1_234_567, "1,234,567")])
    func numbersAreGroupedByThousands(number: Int, text: String) {
        #expect(DiagnosticPhrases.grouped(number) == text)
    }

    private func date(_ text: String) -> ParseDiagnostic {
        ParseDiagnostic(.invalidDate, .warning, #"pubDate: "\#(text)""#)
    }

    private func parsed(_ diagnostics: [ParseDiagnostic]) -> ParsedFeed {
        ParsedFeed(
            feed: Feed(id: "urn:t", title: "t"), format: .rss20, isWellFormed: true, diagnostics: diagnostics)
    }
}
