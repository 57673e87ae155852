public import FeedAggregator
import FeedJSON
import Foundation

/// The build report as lines for people: one per source, the merge, one per file.
public enum BuildReportText {
    /// The report's lines, joined; `dryRun` says "would write" for the files changed.
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
        if let archive = report.archive { lines += archiveLines(archive, dryRun: dryRun) }
        for file in report.files {
            let verb = file.changed ? (dryRun ? "would write" : "wrote") : "unchanged"
            lines.append("\(verb) \(file.path) (\(file.format.rawValue), \(report.itemCount) items)")
        }
        if let line = categoryLine(report.categoryFiles, dryRun: dryRun) { lines.append(line) }
        let (html, other) = (report.pages.filter(\.isHTML), report.pages.filter { !$0.isHTML })
        for file in other {
            lines.append("\(file.changed ? (dryRun ? "would write" : "wrote") : "unchanged") \(file.path)")
        }
        if let line = pagesLine(html, dryRun: dryRun) { lines.append(line) }
        for ping in report.hubPings {
            let outcome = ping.failure.map { "failed: \($0)" } ?? "ok"
            lines.append("websub hub \(ping.hub): publish of \(ping.feed) \(outcome)")
        }
        return lines.joined(separator: "\n")
    }

    /// The archive's summary, then one line per page file written; unchanged ones are
    /// counted, as the open page is looked at on every build.
    static func archiveLines(_ archive: ArchiveReport, dryRun: Bool) -> [String] {
        let unchanged = archive.files.filter { !$0.changed }.count
        var lines = [archive.summary + (unchanged > 0 ? "; \(unchanged) page files unchanged" : "")]
        for file in archive.files where file.changed {
            lines.append(
                "\(dryRun ? "would write" : "wrote") \(file.path) (\(file.format.rawValue) archive page)")
        }
        return lines
    }

    /// `wrote 1 of 2 HTML pages (1 unchanged)`, or `unchanged 2 HTML pages`: one line, as a
    /// site can have many article pages; the JSON report lists each.
    static func pagesLine(_ pages: [WrittenPage], dryRun: Bool) -> String? {
        guard !pages.isEmpty else { return nil }
        let changed = pages.filter(\.changed).count
        guard changed > 0 else { return "unchanged \(pages.count) HTML pages" }
        let verb = dryRun ? "would write" : "wrote"
        return "\(verb) \(changed) of \(pages.count) HTML pages (\(pages.count - changed) unchanged)"
    }

    /// `wrote 3 of 9 category files (6 unchanged)`, or `unchanged 9 category files`: one
    /// line, as a site can have many rubrics; the JSON report lists each.
    static func categoryLine(_ files: [WrittenFile], dryRun: Bool) -> String? {
        guard !files.isEmpty else { return nil }
        let changed = files.filter(\.changed).count
        guard changed > 0 else { return "unchanged \(files.count) category files" }
        let verb = dryRun ? "would write" : "wrote"
        return "\(verb) \(changed) of \(files.count) category files (\(files.count - changed) unchanged)"
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
        if let feed = source.discoveredFeed {
            line += "; a web page: read the feed it declares, \(feed)"
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

/// The build report as one JSON object for machines, keys sorted, indented by two spaces.
public enum BuildReportJSON {
    /// The report of a build (or of a dry run, which writes nothing).
    public static func render(_ report: BuildReport, dryRun: Bool) -> String {
        var object: JSONObject = [
            "dryRun": .bool(dryRun),
            "partial": .bool(report.isPartial),
            "items": .integer(report.itemCount),
            "localItems": .integer(report.localCount),
            "files": files(report.files),
            "pages": .array(
                report.pages.map { ["path": .string($0.path), "changed": .bool($0.changed)] }),
            "sources": .array(report.sources.map(source)),
            "warnings": .array(report.warnings.map { .string($0.description) }),
            "notes": .array(report.notes.map { .string($0.description) }),
        ]
        if !report.categoryFiles.isEmpty { object.set("categoryFiles", files(report.categoryFiles)) }
        if let archive = report.archive {
            object.set(
                "archive",
                [
                    "items": .integer(archive.items), "added": .integer(archive.added),
                    "recovered": .integer(archive.recovered),
                    "pages": .integer(archive.pages),
                    "files": files(archive.files),
                ])
        }
        if !report.hubPings.isEmpty {
            object.set("websub", .array(report.hubPings.map(ping)))
        }
        if let recovery = report.stateRecovery {
            object.set(
                "stateRecovered",
                ["database": .string(recovery.database), "movedTo": .string(recovery.movedTo)])
        }
        var json = JSONWriter()
        json.value(.object(object), sortingKeys: true)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    /// Feed files as `path`, `format`, `changed`: the main feeds, the rubric feeds and the
    /// archive pages alike.
    private static func files(_ files: [WrittenFile]) -> JSONValue {
        .array(
            files.map {
                [
                    "path": .string($0.path), "format": .string($0.format.rawValue),
                    "changed": .bool($0.changed),
                ]
            })
    }

    private static func ping(_ ping: HubPing) -> JSONValue {
        var object: JSONObject = [
            "hub": .string(ping.hub), "feed": .string(ping.feed), "ok": .bool(ping.failure == nil),
        ]
        if let failure = ping.failure { object.set("error", .string(failure)) }
        return .object(object)
    }

    private static func source(_ source: SourceReport) -> JSONValue {
        var object: JSONObject = [
            "name": .string(source.name), "url": .string(source.location),
            "status": .string(source.status.keyword), "items": .integer(source.items),
            "new": .integer(source.new),
            "duplicates": .integer(source.duplicates), "kept": .integer(source.kept),
            "seconds": .double((source.seconds * 1000).rounded() / 1000),
            "diagnostics": SourceDiagnosticsReport.json(source.diagnostics),
            "repairs": .array(source.repairs.map { .string($0) }),
        ]
        if let read = source.read { object.set("read", .integer(read)) }
        switch source.status {
        case .failed(let message), .gone(let message): object.set("error", .string(message))
        case .deferred(let until): object.set("retryAfter", .string(BuildReportText.timestamp(until)))
        default: break
        }
        if let moved = source.movedTo { object.set("movedTo", .string(moved)) }
        if let feed = source.discoveredFeed { object.set("discoveredFeed", .string(feed)) }
        return .object(object)
    }
}
