public import FeedParser
public import FeedWriter
import Foundation

/// Renders parser diagnostics for people (compiler style) or for machines (JSON).
public enum DiagnosticReport {
    public static func text(_ diagnostics: [ParseDiagnostic], input: String) -> String {
        diagnostics.map { diagnostic in
            let position = [diagnostic.line, diagnostic.column].compactMap { $0 }.map { ":\($0)" }.joined()
            return
                "\(input)\(position): \(diagnostic.severity.rawValue): \(diagnostic.code.rawValue) \(diagnostic.message)"
        }.joined(separator: "\n")
    }

    /// The writer's notes, one line each, in the style of ``text(_:input:)``.
    public static func text(_ notes: [WriteNote], input: String) -> String {
        notes.map { "\(input): warning: \($0.code.rawValue) \($0.message)" }.joined(separator: "\n")
    }

    /// The report of a conversion: the parser's diagnostics, then the writer's notes (as
    /// warnings with their own codes).
    public static func json(_ parsed: ParsedFeed, notes: [WriteNote] = [], input: String) -> String {
        var diagnostics = objects(parsed.diagnostics)
        diagnostics += notes.map { ["code": $0.code.rawValue, "severity": "warning", "message": $0.message] }
        let report: [String: Any] = [
            "input": input, "format": parsed.format.rawValue, "wellFormed": parsed.isWellFormed,
            "diagnostics": diagnostics,
        ]
        return serialized(report)
    }

    /// The report of an input that could not be converted: the same object, with the one
    /// error under `error` (`message`, and `line`/`column` when known) and no format.
    public static func json(error: ConvertError) -> String {
        var object: [String: Any] = ["message": error.message]
        object["line"] = error.line
        object["column"] = error.column
        return serialized(["input": error.input, "error": object, "diagnostics": [Any]()])
    }

    private static func objects(_ diagnostics: [ParseDiagnostic]) -> [[String: Any]] {
        diagnostics.map(object)
    }

    /// One diagnostic as JSON: `code`, `severity`, `message`, and `line`, `column`,
    /// `element` when known. The build report's per-source diagnostics use it too.
    static func object(_ diagnostic: ParseDiagnostic) -> [String: Any] {
        var object: [String: Any] = [
            "code": diagnostic.code.rawValue, "severity": diagnostic.severity.rawValue,
            "message": diagnostic.message,
        ]
        object["line"] = diagnostic.line
        object["column"] = diagnostic.column
        object["element"] = diagnostic.element
        return object
    }

    private static func serialized(_ report: [String: Any]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
