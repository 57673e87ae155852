import FeedAggregator
public import FeedServer
public import Foundation

/// `serve --build-every`: what `feedwright build` does (config, lock, state, run history,
/// publisher), run inside the server's process and summed up as a ``BuildOutcome``
/// instead of printed. The config is read again for each build, so an edit to
/// config.json reaches the next build as it would reach cron's.
public struct InProcessBuild: Sendable {
    /// The config file, as given to `serve --config`.
    public var configFile: URL

    /// A build of the site `configFile` describes.
    public init(configFile: URL) {
        self.configFile = configFile
    }

    /// Runs one build; never throws: every way it can end is an outcome with the exit code
    /// `build` would have had (75 when another build holds the lock).
    public func run() async -> BuildOutcome {
        let clock = ContinuousClock()
        var outcome = BuildOutcome(exitCode: 1, duration: .zero, itemCount: 0, failedSources: [], message: "")
        let elapsed = await clock.measure { outcome = await attempt() }
        outcome.duration = elapsed
        return outcome
    }

    private func attempt() async -> BuildOutcome {
        let config: FeedwrightConfig
        let lock: BuildLock
        do {
            config = try ConfigLoader.load(from: configFile)
            lock = try BuildLock.acquire(forState: config.state.path)
        } catch let error as BuildLockError {
            if case .busy = error { return Self.failed(BuildLock.busyExitCode, error.description) }
            return Self.failed(1, error.description)
        } catch {
            return Self.failed(1, "\(error)")
        }
        // The lock is released when `lock` is freed, after the build.
        defer { withExtendedLifetime(lock) {} }
        return await publish(config)
    }

    private func publish(_ config: FeedwrightConfig) async -> BuildOutcome {
        let state: BuildState
        let recorded: RecordedRun
        do {
            state = try BuildState.open(config, dryRun: false, now: Date())
        } catch {
            return Self.failed(1, error.description)
        }
        defer { state.close() }
        do {
            recorded = try RecordedRun.begin(store: state.store)
        } catch {
            return Self.failed(1, error.description)
        }
        do {
            let report = try await Publisher(config: config).run(state: state)
            let code: Int32 = report.needsAttention ? 3 : 0
            let historyWarning = recorded.finish(exitCode: code, report: report)
            return BuildOutcome(
                exitCode: code, duration: .zero, itemCount: report.itemCount,
                failedSources: report.sources.filter(\.status.isFailure).map(\.name),
                message: Self.summary(
                    report, extra: Self.deadRunWarnings(recorded) + [historyWarning].compactMap { $0 }))
        } catch {
            if let warning = recorded.finish(exitCode: 1, report: nil, error: error.description) {
                return Self.failed(1, error.description + "; " + warning)
            }
            return Self.failed(1, error.description)
        }
    }

    /// One line: the files written and the items, then the warnings `build` would print.
    static func summary(_ report: BuildReport, extra: [String]) -> String {
        let written = report.files.filter(\.changed).count
        var parts = ["wrote \(written) of \(report.files.count) files, \(report.itemCount) items"]
        parts += report.warnings.map(\.description)
        parts += report.sources.filter(\.status.isFailure).map {
            "source \($0.name): \(BuildReportText.statusText($0))"
        }
        parts += report.hubPings.compactMap(\.warning)
        parts += extra
        return parts.joined(separator: "; ")
    }

    /// Builds that were killed before this one, as `build` reports them.
    private static func deadRunWarnings(_ recorded: RecordedRun) -> [String] {
        recorded.deadRuns.map { started, pid in
            "the build started at \(started.formatted(.iso8601))\(pid.map { " (process \($0))" } ?? "") did not finish; "
                + "recorded as interrupted in the run history"
        }
    }

    private static func failed(_ code: Int32, _ message: String) -> BuildOutcome {
        BuildOutcome(exitCode: code, duration: .zero, itemCount: 0, failedSources: [], message: message)
    }
}

extension InProcessBuild {
    /// What `--build-every` accepts: a duration as config.json writes them.
    public static let intervalSyntax = ConfigDuration.expected

    /// `--build-every`'s value ("30m", "1h30m"); `nil` when it is not a positive duration.
    public static func interval(_ text: String) -> Duration? {
        guard let seconds = ConfigDuration.parse(text), seconds > 0 else { return nil }
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }
}
