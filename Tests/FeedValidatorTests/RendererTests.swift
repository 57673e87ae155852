import FeedValidator
import Foundation
import Testing

@Suite("Renderers")
struct RendererTests {
    let report = ValidationReport(
        format: "rss2",
        diagnostics: [
            ValidationDiagnostic(
                code: .missingTitle, element: "title", parent: "channel", line: 3, column: 1),
            ValidationDiagnostic(code: .missingEncoding, element: nil, parent: nil, line: nil, column: nil),
        ])

    @Test("Text is one compiler-style line per diagnostic")
    func text() {
        let lines = ValidationRenderer.text(report, path: "feed.xml").split(separator: "\n")
        #expect(lines.first == "feed.xml:3:1: error: MissingTitle Missing channel element: title")
        #expect(
            lines.last
                == "feed.xml: info: MissingEncoding No character encoding was declared; UTF-8 is assumed")
        #expect(ValidationRenderer.summary([report]) == "1 error, 0 warnings, 1 note in 1 input")
    }

    @Test("JSON is an array of inputs with their diagnostics")
    func json() throws {
        let text = ValidationRenderer.json([(path: "feed.xml", report: report)])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
        #expect(array[0]["input"] as? String == "feed.xml")
        #expect(array[0]["valid"] as? Bool == false)
        let diagnostics = try #require(array[0]["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["code"] as? String == "MissingTitle")
        #expect(diagnostics.first?["parent"] as? String == "channel")
        #expect(diagnostics.last?["line"] is NSNull)
    }

    @Test("Diagnostics round-trip through Codable")
    func codable() throws {
        let data = try JSONEncoder().encode(report.diagnostics)
        let decoded = try JSONDecoder().decode([ValidationDiagnostic].self, from: data)
        #expect(decoded == report.diagnostics)
    }
}
