public import FeedParser
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

    public static func json(_ parsed: ParsedFeed, input: String) -> String {
        let diagnostics: [[String: Any]] = parsed.diagnostics.map { diagnostic in
            var object: [String: Any] = [
                "code": diagnostic.code.rawValue, "severity": diagnostic.severity.rawValue,
                "message": diagnostic.message,
            ]
            object["line"] = diagnostic.line
            object["column"] = diagnostic.column
            object["element"] = diagnostic.element
            return object
        }
        let report: [String: Any] = [
            "input": input, "format": parsed.format.rawValue, "wellFormed": parsed.isWellFormed,
            "diagnostics": diagnostics,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
