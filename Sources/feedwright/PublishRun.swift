import ArgumentParser
import FeedAggregator
import FeedwrightKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Loads the configuration, takes the build lock, opens the state and records the run's
/// start, runs the publisher, records how it ended, and reports like a compiler would:
/// warnings and errors on stderr, one line each; what was done on stdout.
struct PublishRun {
    var options: ConfigOptions
    var format: ReportFormat
    var dryRun: Bool
    var withSources: Bool

    /// "Partial": a source failed, or the state had to be rebuilt; the feeds were written.
    static let partialExitCode: Int32 = 3

    private var verbose: Bool { options.verbosity.verbose }

    func run() async throws {
        let config: FeedwrightConfig
        let lock: BuildLock?
        do {
            config = try ConfigLoader.load(from: URL(fileURLWithPath: options.config))
            lock = dryRun ? nil : try BuildLock.acquire(forState: config.state.path)
        } catch let error as BuildLockError {
            Console.error("error: \(error)")
            if case .busy = error { throw ExitCode(BuildLock.busyExitCode) }
            throw ExitCode.failure
        } catch let error as ConfigError {
            throw Console.failure(error.description)
        }
        // The lock is released when `lock` is freed, after the build.
        defer { withExtendedLifetime(lock) {} }
        let (state, recorded) = try open(config)
        defer { state.close() }
        // Said at once: a build that fails later has still replaced the database.
        if let recovery = state.recovery {
            Console.error(recovery.warning.description)
            if verbose { Console.error("  detail: \(recovery.detail)") }
        }
        for (started, pid) in recorded?.deadRuns ?? [] {
            Console.error(
                "warning: the build started at \(started.formatted(.iso8601))\(pid.map { " (process \($0))" } ?? "") "
                    + "did not finish (it was killed, or the machine stopped); "
                    + "recorded as interrupted in the run history")
        }
        try await publish(config, state: state, recorded: recorded)
    }

    /// Opens the state and, for a real build, records the run's start: a state that cannot
    /// be written stops the build here, before anything is fetched or published.
    private func open(_ config: FeedwrightConfig) throws -> (BuildState, RecordedRun?) {
        let state = try failing { () throws(FeedwrightError) in
            try BuildState.open(config, dryRun: dryRun, now: Date())
        }
        if dryRun { return (state, nil) }
        do {
            return (
                state, try failing { () throws(FeedwrightError) in try RecordedRun.begin(store: state.store) }
            )
        } catch {
            state.close()
            throw error
        }
    }

    /// Runs `body`, turning its error into the one error line and exit code 1.
    private func failing<T>(_ body: () throws(FeedwrightError) -> T) throws(ExitCode) -> T {
        do {
            return try body()
        } catch {
            throw Console.failure(error.message(verbose: verbose))
        }
    }

    private func publish(_ config: FeedwrightConfig, state: BuildState, recorded: RecordedRun?) async throws {
        let section = CommitSection()
        let stop = recorded.map { run in
            SignalStop(section: section) { signal, written in Self.stop(signal, written, run, config) }
        }
        defer { withExtendedLifetime(stop) {} }
        do {
            let report = try await Publisher(config: config, includePartners: withSources).run(
                dryRun: dryRun, state: state, commit: section)
            printReport(report)
            let code = report.needsAttention ? Self.partialExitCode : 0
            remember(recorded?.finish(exitCode: code, report: report))
            if code != 0 { throw ExitCode(code) }
        } catch let error as FeedwrightError {
            remember(recorded?.finish(exitCode: 1, report: nil, error: error.description))
            throw Console.failure(error.message(verbose: verbose))
        }
    }

    /// Ends the process for a signal, after recording it; staged files that were not
    /// committed are removed.
    private static func stop(_ signal: Int32, _ written: Bool, _ run: RecordedRun, _ config: FeedwrightConfig)
        -> Never
    {
        let name = SignalStop.name(signal)
        let message =
            written
            ? "stopped by \(name) after the new feeds were published"
            : "stopped by \(name); the published feeds were left as they were"
        if !written { Publisher.discardStagedFiles(config.output) }
        let code = 128 + signal
        if let warning = run.interrupt(exitCode: code, message: message) { Console.error(warning) }
        Console.error("error: \(message)")
        _exit(code)
    }

    private func printReport(_ report: BuildReport) {
        for warning in report.warnings where warning != report.stateRecovery?.warning {
            Console.error(warning.description)
        }
        for source in report.sources where source.status.isFailure {
            Console.error("warning: source \(source.name): \(BuildReportText.statusText(source))")
        }
        for source in report.sources {
            if let line = SourceDiagnosticsReport.warningLine(source) { Console.error(line) }
        }
        for line in report.hubPings.compactMap(\.warning) { Console.error(line) }
        switch format {
        case .json: print(BuildReportJSON.render(report, dryRun: dryRun))
        case .text where !options.quiet: print(BuildReportText.render(report, dryRun: dryRun))
        case .text: break
        }
    }

    private func remember(_ warning: String?) {
        if let warning { Console.error(warning) }
    }
}
