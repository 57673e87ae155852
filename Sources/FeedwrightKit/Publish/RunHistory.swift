import FeedAggregator
public import FeedState
public import Foundation

/// One build's row in the run history, for `feedwright status`: written when the build
/// starts (with the build lock held), completed when it ends, so that a build killed on
/// the way is still listed. Starting a run marks any run still listed as running as
/// interrupted: with the lock held, no other build can be alive.
public final class RecordedRun: Sendable {
    private let store: StateStore
    private let id: Int64
    /// When the build started, as its first row says; the last row repeats it.
    public let started: Date
    /// Earlier runs that never finished, now marked interrupted: when they started, and
    /// their process IDs.
    public let deadRuns: [(started: Date, pid: Int32?)]

    private init(store: StateStore, id: Int64, started: Date, deadRuns: [(started: Date, pid: Int32?)]) {
        self.store = store
        self.id = id
        self.started = started
        self.deadRuns = deadRuns
    }

    /// Writes the run's first row. Failing here (a read-only database, a full disk) stops
    /// the build before anything is fetched or written.
    public static func begin(store: StateStore, started: Date = Date()) throws(FeedwrightError) -> RecordedRun
    {
        do {
            let (id, dead) = try store.beginRun(started: started, pid: getpid())
            return RecordedRun(store: store, id: id, started: started, deadRuns: dead)
        } catch {
            throw .state(error)
        }
    }

    /// Records how the build ended: with `report` when it ran to the end, with `error`
    /// when it stopped. A failure to record is returned, not thrown: the build's own
    /// outcome matters more.
    public func finish(exitCode: Int32, report: BuildReport?, error: String? = nil) -> String? {
        save(
            RunRecord(
                started: started, ended: Date(), exitCode: Int(exitCode), items: report?.itemCount ?? 0,
                message: error, outcome: .finished, sources: (report?.sources ?? []).map(Self.source)))
    }

    /// Records a build stopped by a signal.
    public func interrupt(exitCode: Int32, message: String) -> String? {
        save(
            RunRecord(
                started: started, ended: Date(), exitCode: Int(exitCode), items: 0, message: message,
                outcome: .interrupted))
    }

    private func save(_ run: RunRecord) -> String? {
        do {
            try store.finishRun(id: id, run)
            return nil
        } catch {
            return "warning: cannot record the run in the run history: \(FeedwrightError.state(error))"
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
