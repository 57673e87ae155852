import FeedAggregator
import FeedState
public import Foundation

/// Writes each build into the state's run history, for `feedwright status`.
public enum RunHistory {
    /// Records a build that ran to the end (`report`) or stopped with `error`. A failure
    /// to record is returned, not thrown: the build's own outcome matters more.
    public static func record(
        config: FeedwrightConfig, started: Date, ended: Date = Date(), exitCode: Int32, report: BuildReport?,
        error: String? = nil
    ) -> String? {
        let run = RunRecord(
            started: started, ended: ended, exitCode: Int(exitCode), items: report?.itemCount ?? 0,
            message: error, sources: (report?.sources ?? []).map(source))
        do {
            try StateStore(path: config.state.path).record(run)
            return nil
        } catch {
            return "warning: cannot record the run in the state database: \(error)"
        }
    }

    private static func source(_ report: SourceReport) -> RunRecord.Source {
        var error: String?
        switch report.status {
        case .failed(let message), .gone(let message): error = message
        default: break
        }
        return RunRecord.Source(
            name: report.name, status: report.status.keyword, error: error, newItems: report.new,
            duplicates: report.duplicates, kept: report.kept, seconds: report.seconds)
    }
}
