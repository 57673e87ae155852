import ArgumentParser
import FeedAggregator
import FeedwrightKit
import Foundation

/// Loads the configuration, takes the build lock, runs the publisher, records the run,
/// and reports like a compiler would: warnings and errors on stderr, one line each; what
/// was done on stdout.
struct PublishRun {
    var options: ConfigOptions
    var format: ReportFormat
    var dryRun: Bool
    var withSources: Bool

    /// "Partial": a source failed, the feeds were written from the rest.
    static let partialExitCode: Int32 = 3

    func run() async throws {
        let config: FeedwrightConfig
        let lock: BuildLock?
        do {
            config = try ConfigLoader.load(from: URL(fileURLWithPath: options.config))
            lock = dryRun ? nil : try BuildLock.acquire(forState: config.state.path)
        } catch let error as BuildLockError {
            Console.error("error: \(error)")
            throw ExitCode(BuildLock.busyExitCode)
        } catch let error as ConfigError {
            throw Console.failure(error.description)
        }
        // The lock is released when `lock` is freed, after the build.
        defer { withExtendedLifetime(lock) {} }
        try await publish(config)
    }

    private func publish(_ config: FeedwrightConfig) async throws {
        let started = Date()
        do {
            let report = try await Publisher(config: config, includePartners: withSources).run(dryRun: dryRun)
            printReport(report)
            let code = report.isPartial ? Self.partialExitCode : 0
            remember(config, started: started, code: code, report: report)
            if code != 0 { throw ExitCode(code) }
        } catch let error as FeedwrightError {
            remember(config, started: started, code: 1, report: nil, error: error.description)
            throw Console.failure(error.description)
        }
    }

    private func printReport(_ report: BuildReport) {
        for warning in report.warnings { Console.error(warning.description) }
        for source in report.sources where source.status.isFailure {
            Console.error("warning: source \(source.name): \(BuildReportText.statusText(source))")
        }
        for source in report.sources {
            if let line = SourceDiagnosticsReport.warningLine(source) { Console.error(line) }
        }
        switch format {
        case .json: print(BuildReportJSON.render(report, dryRun: dryRun))
        case .text where !options.quiet: print(BuildReportText.render(report, dryRun: dryRun))
        case .text: break
        }
    }

    private func remember(
        _ config: FeedwrightConfig, started: Date, code: Int32, report: BuildReport?, error: String? = nil
    ) {
        guard !dryRun else { return }
        if let warning = RunHistory.record(
            config: config, started: started, exitCode: code, report: report, error: error)
        {
            Console.error(warning)
        }
    }
}
