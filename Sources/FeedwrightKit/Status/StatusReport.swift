public import FeedState
public import Foundation

/// What `feedwright status` shows: the last runs, the sources that are failing and since
/// when, and the next scheduled run.
public struct StatusReport: Sendable {
    public var runs: [RunRecord]
    /// Sources whose last attempt failed, with their records.
    public var failing: [SourceRecord]
    /// The next run of the configured schedule, when one is configured.
    public var nextRun: Date?
    /// Why there is no next run (no schedule, `@reboot`), for the text.
    public var scheduleNote: String?

    /// Reads the run history and source state of `config`'s state database.
    public static func load(config: FeedwrightConfig, runs limit: Int) throws(FeedwrightError) -> StatusReport
    {
        guard FileManager.default.fileExists(atPath: config.state.path.path) else {
            return StatusReport(runs: [], failing: [])
        }
        do {
            let store = try StateStore(path: config.state.path)
            let configured = Set(config.sources.map(\.name))
            let failing = try store.sourceRecords().values
                .filter { $0.failingSince != nil && configured.contains($0.name) }
                .sorted { $0.name < $1.name }
            return StatusReport(runs: try store.recentRuns(limit: limit), failing: Array(failing))
        } catch {
            throw .state(error)
        }
    }

    public init(runs: [RunRecord], failing: [SourceRecord], nextRun: Date? = nil, scheduleNote: String? = nil)
    {
        self.runs = runs
        self.failing = failing
        self.nextRun = nextRun
        self.scheduleNote = scheduleNote
    }
}
