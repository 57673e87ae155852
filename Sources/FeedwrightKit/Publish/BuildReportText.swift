public import FeedAggregator
import Foundation

/// The build report as lines for people: one per source, the merge, one per file.
public enum BuildReportText {
    public static func render(_ report: BuildReport, dryRun: Bool) -> String {
        var lines = report.sources.flatMap {
            [sourceLine($0)] + SourceDiagnosticsReport.lines($0.diagnostics)
        }
        if !report.sources.isEmpty {
            let kept = report.sources.reduce(0) { $0 + $1.kept }
            let duplicates = report.sources.reduce(0) { $0 + $1.duplicates }
            lines.append(
                "merged \(kept) partner items with \(report.localCount) local items; "
                    + "dropped \(duplicates) duplicates")
        }
        lines += report.notes.map(\.description)
        for file in report.files {
            let verb = file.changed ? (dryRun ? "would write" : "wrote") : "unchanged"
            lines.append("\(verb) \(file.path) (\(file.format.rawValue), \(report.itemCount) items)")
        }
        return lines.joined(separator: "\n")
    }

    /// `source NAME: ok, 8 items (2 new), 3 duplicates, 5 kept, 12 ms`; when the document
    /// held more items than the source offers (`maxItems`, `maxAge`), `8 items (2 new) of
    /// 250 read`.
    static func sourceLine(_ source: SourceReport) -> String {
        var line = "source \(source.name): \(statusText(source))"
        if source.status != .disabled {
            line += ", \(source.items) items (\(source.new) new)"
            if let read = source.read, read > source.items {
                line += " of \(DiagnosticPhrases.grouped(read)) read"
            }
            line += ", \(source.duplicates) duplicates, "
            line += "\(source.kept) kept, \(Int((source.seconds * 1000).rounded())) ms"
        }
        if let moved = source.movedTo {
            line += "; moved permanently to \(moved): update its url in config.json"
        }
        return line
    }

    /// The status in words, with the reason for a failure.
    public static func statusText(_ source: SourceReport) -> String {
        switch source.status {
        case .ok: "ok"
        case .notModified: "not modified"
        case .disabled: "disabled in config.json"
        case .deferred(let until): "waiting until \(timestamp(until)) as the server asked (Retry-After)"
        case .gone(let message): "gone: \(message)"
        case .failed(let message): "failed: \(message)"
        }
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}

/// The build report as one JSON object for machines.
public enum BuildReportJSON {
    public static func render(_ report: BuildReport, dryRun: Bool) -> String {
        var object: [String: Any] = [
            "dryRun": dryRun,
            "partial": report.isPartial,
            "items": report.itemCount,
            "localItems": report.localCount,
            "files": report.files.map {
                ["path": $0.path, "format": $0.format.rawValue, "changed": $0.changed]
            },
            "sources": report.sources.map(source),
            "warnings": report.warnings.map(\.description),
            "notes": report.notes.map(\.description),
        ]
        if let recovery = report.stateRecovery {
            object["stateRecovered"] = ["database": recovery.database, "movedTo": recovery.movedTo]
        }
        let data =
            (try? JSONSerialization.data(
                withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]))
        return data.flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }

    private static func source(_ source: SourceReport) -> [String: Any] {
        var object: [String: Any] = [
            "name": source.name, "url": source.location, "status": source.status.keyword,
            "items": source.items, "new": source.new, "duplicates": source.duplicates, "kept": source.kept,
            "seconds": (source.seconds * 1000).rounded() / 1000,
            "diagnostics": SourceDiagnosticsReport.json(source.diagnostics), "repairs": source.repairs,
        ]
        object["read"] = source.read
        switch source.status {
        case .failed(let message), .gone(let message): object["error"] = message
        case .deferred(let until): object["retryAfter"] = BuildReportText.timestamp(until)
        default: break
        }
        if let moved = source.movedTo { object["movedTo"] = moved }
        return object
    }
}
