public import FeedAggregator
import FeedJSON
public import FeedParser

/// A source's parse diagnostics in the build report: the summary line and the first few
/// in full for people, one object for machines, and the one stderr line for cron logs.
public enum SourceDiagnosticsReport {
    /// Lines under the source's line: `  diagnostics: 3 dates dropped, document recovered`,
    /// then the first few as `    12:5: warning: InvalidDate …` and how many more there are.
    static func lines(_ diagnostics: SourceDiagnostics) -> [String] {
        guard diagnostics.total > 0 else { return [] }
        var lines = ["  diagnostics: \(diagnostics.summary)"]
        lines += diagnostics.first.map { "    " + fullText($0) }
        let more = diagnostics.total - diagnostics.first.count
        if more > 0 { lines.append("    and \(DiagnosticPhrases.grouped(more)) more") }
        return lines
    }

    /// `LINE:COLUMN: severity: Code message`, as `convert` prints it after the input name.
    public static func fullText(_ diagnostic: ParseDiagnostic) -> String {
        let position = [diagnostic.line, diagnostic.column].compactMap { $0 }.map(String.init)
        let place = position.isEmpty ? "" : position.joined(separator: ":") + ": "
        return "\(place)\(diagnostic.severity.rawValue): \(diagnostic.code.rawValue) \(diagnostic.message)"
    }

    /// The stderr line for a source whose document had problems (notes alone are not
    /// worth one), or `nil`.
    public static func warningLine(_ source: SourceReport) -> String? {
        guard source.diagnostics.hasProblems else { return nil }
        return "warning: source \(source.name): \(source.diagnostics.summary)"
    }

    /// `{"total", "summary", "counts": {code: {severity: n}}, "first": […], "itemLimit"}`.
    static func json(_ diagnostics: SourceDiagnostics) -> JSONValue {
        var counts = JSONObject()
        for tally in diagnostics.tallies {
            var bySeverity = counts[tally.code.rawValue]?.object ?? JSONObject()
            bySeverity.set(tally.severity.rawValue, .integer(tally.count))
            counts.set(tally.code.rawValue, .object(bySeverity))
        }
        var object: JSONObject = [
            "total": .integer(diagnostics.total), "summary": .string(diagnostics.summary),
            "counts": .object(counts), "first": .array(diagnostics.first.map(DiagnosticReport.object)),
        ]
        if let limit = diagnostics.itemLimit {
            var itemLimit: JSONObject = ["limit": .integer(limit.limit), "read": .integer(limit.read)]
            if let inDocument = limit.inDocument { itemLimit.set("inDocument", .integer(inDocument)) }
            object.set("itemLimit", .object(itemLimit))
        }
        return .object(object)
    }
}
