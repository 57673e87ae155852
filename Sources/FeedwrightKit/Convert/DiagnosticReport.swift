import FeedJSON
public import FeedParser
public import FeedWriter

/// Renders parser diagnostics for people (compiler style) or for machines (JSON).
public enum DiagnosticReport {
    /// One compiler-style line per diagnostic: `input:line:column: severity: Code message`.
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
    /// With `archives`, the pages followed are listed under `archives` (`input`, `format`,
    /// `wellFormed`, `diagnostics`, `items`, `repeated`), and a link left unfollowed under
    /// `archiveNotFollowed` (the page limit) or `archiveLoop` (a page linked twice).
    public static func json(
        _ parsed: ParsedFeed, notes: [WriteNote] = [], input: String, archives: ArchiveHistory? = nil
    ) -> String {
        var diagnostics = parsed.diagnostics.map(object)
        diagnostics += notes.map {
            ["code": .string($0.code.rawValue), "severity": "warning", "message": .string($0.message)]
        }
        var report: JSONObject = [
            "input": .string(input), "format": .string(parsed.format.rawValue),
            "wellFormed": .bool(parsed.isWellFormed), "diagnostics": .array(diagnostics),
        ]
        if let archives {
            report.set("archives", .array(archives.pages.map(page)))
            if let next = archives.notFollowed { report.set("archiveNotFollowed", .string(next)) }
            if let loop = archives.loopsTo { report.set("archiveLoop", .string(loop)) }
        }
        return serialized(.object(report))
    }

    /// What following the archives did, one note line, then the pages' diagnostics named
    /// after each page.
    public static func text(_ archives: ArchiveHistory, input: String) -> String {
        let written = archives.pages.reduce(0) { $0 + $1.written }
        let repeated = archives.pages.reduce(0) { $0 + $1.repeated }
        var line =
            "\(input): note: followed \(archives.pages.count) archive pages (prev-archive), \(written) items"
        if repeated > 0 { line += "; left out \(repeated) items already read under the same id" }
        if let next = archives.notFollowed {
            line += "; stopped at the --follow-archives limit, the next page is \(next)"
        }
        if let loop = archives.loopsTo { line += "; stopped: \(loop) is linked a second time" }
        let pages = archives.pages.map { text($0.parsed.diagnostics, input: $0.location) }
        return ([line] + pages.filter { !$0.isEmpty }).joined(separator: "\n")
    }

    private static func page(_ page: ArchivePage) -> JSONValue {
        [
            "input": .string(page.location), "format": .string(page.parsed.format.rawValue),
            "wellFormed": .bool(page.parsed.isWellFormed),
            "diagnostics": .array(page.parsed.diagnostics.map(object)),
            "items": .integer(page.written), "repeated": .integer(page.repeated),
        ]
    }

    /// The report of an input that could not be converted: the same object, with the one
    /// error under `error` (`message`, and `line`/`column` when known) and no format.
    public static func json(error: ConvertError) -> String {
        var object: JSONObject = ["message": .string(error.message)]
        if let line = error.line { object.set("line", .integer(line)) }
        if let column = error.column { object.set("column", .integer(column)) }
        return serialized(["input": .string(error.input), "error": .object(object), "diagnostics": []])
    }

    /// One diagnostic as JSON: `code`, `severity`, `message`, and `line`, `column`,
    /// `element` when known. The build report's per-source diagnostics use it too.
    static func object(_ diagnostic: ParseDiagnostic) -> JSONValue {
        var object: JSONObject = [
            "code": .string(diagnostic.code.rawValue), "severity": .string(diagnostic.severity.rawValue),
            "message": .string(diagnostic.message),
        ]
        if let line = diagnostic.line { object.set("line", .integer(line)) }
        if let column = diagnostic.column { object.set("column", .integer(column)) }
        if let element = diagnostic.element { object.set("element", .string(element)) }
        return .object(object)
    }

    /// The report on one line, keys sorted.
    private static func serialized(_ report: JSONValue) -> String {
        var json = JSONWriter(capacity: 1024)
        json.value(report, layout: .inline, sortingKeys: true)
        return String(decoding: json.bytes, as: UTF8.self)
    }
}
