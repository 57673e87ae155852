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
        let session: BuildSession
        do {
            session = try BuildSession.open(configFile: URL(fileURLWithPath: options.config), dryRun: dryRun)
        } catch {
            switch error {
            case .config(let error):
                throw Console.failure(error.description)
            case .lock(let error):
                Console.error("error: \(error)")
                if case .busy = error { throw ExitCode(BuildLock.busyExitCode) }
                throw ExitCode.failure
            case .state(let error):
                throw Console.failure(error.message(verbose: verbose))
            }
        }
        defer { session.close() }
        // Said at once: a build that fails later has still replaced the database.
        if let recovery = session.state.recovery {
            Console.error(recovery.warning.description)
            if verbose { Console.error("  detail: \(recovery.detail)") }
        }
        for warning in session.deadRunWarnings { Console.error(warning) }
        try await publish(session.config, state: session.state, recorded: session.recorded)
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
