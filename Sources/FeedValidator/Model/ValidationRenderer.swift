/// Renders reports for people (compiler-style lines) and for programs (JSON), so the CLI
/// and `feedwright build` print the same thing.
public enum ValidationRenderer {
    /// One line per diagnostic: `path:line:column: error: CODE message`. Without a position,
    /// `path: error: …`; without a column, `path:line: error: …`.
    public static func text(_ report: ValidationReport, path: String) -> String {
        report.diagnostics.map { line($0, path: path) + "\n" }.joined()
    }

    /// One diagnostic as a compiler-style line.
    public static func line(_ diagnostic: ValidationDiagnostic, path: String) -> String {
        var location = path
        if let line = diagnostic.line, line > 0 {
            location += ":\(line)"
            if let column = diagnostic.column, column > 0 { location += ":\(column)" }
        }
        return
            "\(location): \(diagnostic.severity.rawValue): \(diagnostic.code.rawValue) \(diagnostic.message)"
    }

    /// The closing line: `2 errors, 1 warning, 0 notes in 3 files`.
    public static func summary(_ reports: [ValidationReport], strict: Bool = false) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let errors = reports.reduce(0) { $0 + $1.count(.error) }
        let warnings = reports.reduce(0) { $0 + $1.count(.warning) }
        let notes = reports.reduce(0) { $0 + $1.count(.info) }
        let files = reports.count == 1 ? "1 input" : "\(reports.count) inputs"
        let suffix = strict ? " (strict: warnings count as errors)" : ""
        return
            "\(plural(errors, "error")), \(plural(warnings, "warning")), \(plural(notes, "note")) in \(files)"
            + suffix
    }

    /// A JSON array with one object per input:
    /// `{"input": …, "format": …, "valid": …, "diagnostics": [{code, severity, message, line,
    /// column, element, parent}]}`. Hand-written so key order is stable.
    public static func json(_ reports: [(path: String, report: ValidationReport)], strict: Bool = false)
        -> String
    {
        let objects = reports.map { path, report in
            let valid = strict ? !report.hasWarningsOrErrors : !report.hasErrors
            let diagnostics = report.diagnostics.map(json).joined(separator: ",\n      ")
            return """
                  {
                    "input": \(quoted(path)),
                    "format": \(report.format.map(quoted) ?? "null"),
                    "valid": \(valid),
                    "diagnostics": [\(diagnostics.isEmpty ? "" : "\n      " + diagnostics + "\n    ")]
                  }
                """
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    /// One diagnostic as a one-line JSON object.
    public static func json(_ d: ValidationDiagnostic) -> String {
        let fields = [
            "\"code\": \(quoted(d.code.rawValue))", "\"severity\": \(quoted(d.severity.rawValue))",
            "\"message\": \(quoted(d.message))", "\"line\": \(d.line.map(String.init) ?? "null")",
            "\"column\": \(d.column.map(String.init) ?? "null")",
            "\"element\": \(d.element.map(quoted) ?? "null")",
            "\"parent\": \(d.parent.map(quoted) ?? "null")",
        ]
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// A JSON string literal (RFC 8259), nothing elided.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
