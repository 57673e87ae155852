import FeedState
public import Foundation

/// `feedwright status` as text, times in the feed's zone.
public enum StatusText {
    /// The report as `feedwright status` prints it: the last runs, the failing sources,
    /// then the next run, with times in `timeZone`.
    public static func render(_ status: StatusReport, timeZone: TimeZone) -> String {
        var lines: [String] = []
        if status.runs.isEmpty {
            lines.append("no runs recorded yet")
        } else {
            lines.append("last runs (newest first):")
            lines += status.runs.map { "  " + runLine($0, timeZone) }
        }
        if status.failing.isEmpty {
            lines.append("failing sources: none")
        } else {
            lines.append("failing sources:")
            lines += status.failing.map { "  " + failingLine($0, timeZone) }
        }
        if let next = status.nextRun {
            lines.append("next run: \(next)")
        } else {
            lines.append("next run: \(status.scheduleNote ?? "no schedule in config.json")")
        }
        return lines.joined(separator: "\n")
    }

    static func runLine(_ run: RunRecord, _ zone: TimeZone) -> String {
        var line = "\(stamp(run.started, zone))  "
        switch (run.outcome, run.exitCode) {
        case (.running, _): line += "running"
        case (.interrupted, let code?): line += "interrupted (exit \(code))"
        case (.interrupted, nil): line += "interrupted"
        case (.finished, let code): line += "exit \(code ?? 0)"
        }
        if let ended = run.ended {
            line += "  " + String(format: "%.1f s", ended.timeIntervalSince(run.started))
        }
        if run.outcome == .finished { line += "  \(run.items) items" }
        let failed = run.sources.filter { $0.status == "failed" || $0.status == "gone" }
        if !failed.isEmpty { line += "  failed: " + failed.map(\.name).joined(separator: ", ") }
        if let message = run.message?.split(separator: "\n").first {
            line += run.outcome == .finished ? "  error: \(message)" : ": \(message)"
        }
        return line
    }

    static func failingLine(_ record: SourceRecord, _ zone: TimeZone) -> String {
        let since = record.failingSince.map { stamp($0, zone) } ?? "?"
        return
            "\(record.name): failing since \(since): \(record.lastError ?? record.lastStatus ?? "unknown error")"
    }

    /// `2026-11-25 19:50:01 +03:00`.
    static func stamp(_ date: Date, _ zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss xxx"
        return formatter.string(from: date)
    }
}
