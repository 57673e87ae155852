import FeedDates
import Foundation
import Testing

/// Reads the tables in `LenientDate`'s doc comment, so the documented list of forms and
/// zone names cannot drift from what the parser does.
@Suite("Lenient date documentation")
struct LenientDocumentationTests {
    static func docLines() throws -> [Substring] {
        let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/FeedDates/Lenient/LenientDate.swift")
        return try String(contentsOf: source, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("/// | `") }
    }

    /// The backticked words in a table cell.
    static func codeSpans(_ cell: Substring) -> [String] {
        cell.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    static func cells(_ line: Substring) -> [Substring] {
        line.dropFirst(5).split(separator: "|", omittingEmptySubsequences: false)
    }

    static func formRows() throws -> [(form: String, example: String)] {
        try docLines().compactMap { line in
            let cells = cells(line)
            let form = codeSpans(cells[0])
            let example = codeSpans(cells[1])
            guard form.count == 1, LenientDate.Form(rawValue: form[0]) != nil, example.count == 1 else {
                return nil
            }
            return (form[0], example[0])
        }
    }

    @Test("every documented example parses as its documented form", arguments: try formRows())
    func example(form: String, example: String) throws {
        let parsed = LenientDate.parse(example, defaultZone: try TestParsing.zone("Europe/Moscow"))
        #expect(parsed?.form.rawValue == form)
    }

    @Test("the form table names every form")
    func everyFormDocumented() throws {
        let rows = try Self.formRows()
        #expect(rows.count >= 20)
        let documented = Set(rows.map(\.form))
        #expect(documented == Set(LenientDate.Form.allCases.map(\.rawValue)))
    }

    @Test("every documented zone name is read as a zone")
    func zoneNames() throws {
        let names = try Self.docLines().filter { !$0.contains("| `rfc") && !Self.isFormRow($0) }
            .flatMap { Self.codeSpans(Self.cells($0)[0]) }
        #expect(names.count >= 50)
        for name in names {
            let parsed = LenientDate.parse(
                "Mon, 12 May 2025 12:00:00 \(name)", defaultZone: try TestParsing.zone("Asia/Tokyo"))
            #expect(parsed?.zoneWasAssumed == false, "\(name)")
        }
    }

    static func isFormRow(_ line: Substring) -> Bool {
        codeSpans(cells(line)[0]).first.map { LenientDate.Form(rawValue: $0) != nil } ?? false
    }
}
