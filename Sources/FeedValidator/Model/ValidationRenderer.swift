import FeedJSON

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
    /// column, element, parent}]}`, keys in that order, one diagnostic per line.
    public static func json(_ reports: [(path: String, report: ValidationReport)], strict: Bool = false)
        -> String
    {
        var json = JSONWriter()
        json.array { json in
            for (path, report) in reports {
                json.element()
                json.object { json in
                    json.key("input")
                    json.string(path)
                    json.key("format")
                    json.optional(report.format) { $0.string($1) }
                    json.key("valid")
                    json.bool(strict ? !report.hasWarningsOrErrors : !report.hasErrors)
                    json.key("diagnostics")
                    json.array { json in
                        for diagnostic in report.diagnostics {
                            json.element()
                            write(diagnostic, to: &json)
                        }
                    }
                }
            }
        }
        return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }

    /// One diagnostic as a one-line JSON object.
    public static func json(_ diagnostic: ValidationDiagnostic) -> String {
        var json = JSONWriter(capacity: 256)
        write(diagnostic, to: &json)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    private static func write(_ d: ValidationDiagnostic, to json: inout JSONWriter) {
        json.object(.inline) { json in
            json.key("code")
            json.string(d.code.rawValue)
            json.key("severity")
            json.string(d.severity.rawValue)
            json.key("message")
            json.string(d.message)
            json.key("line")
            json.optional(d.line) { $0.integer($1) }
            json.key("column")
            json.optional(d.column) { $0.integer($1) }
            json.key("element")
            json.optional(d.element) { $0.string($1) }
            json.key("parent")
            json.optional(d.parent) { $0.string($1) }
        }
    }
}
