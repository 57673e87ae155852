import ArgumentParser
import FeedAggregator
import FeedwrightKit
import Foundation

/// Loads the configuration, runs the publisher, and reports like a compiler would:
/// warnings and errors on stderr, one line each; what was done on stdout.
struct PublishRun {
    var options: ConfigOptions
    var format: ReportFormat
    var dryRun: Bool
    var withSources: Bool

    /// "Partial": a source failed, the feeds were written from the rest.
    static let partialExitCode: Int32 = 3

    func run() async throws {
        do {
            let config = try ConfigLoader.load(from: URL(fileURLWithPath: options.config))
            let report = try await Publisher(config: config, includePartners: withSources).run(dryRun: dryRun)
            for warning in report.warnings { Console.error(warning.description) }
            for source in report.sources where source.status.isFailure {
                Console.error("warning: source \(source.name): \(BuildReportText.statusText(source))")
            }
            switch format {
            case .json: print(BuildReportJSON.render(report, dryRun: dryRun))
            case .text where !options.quiet: print(BuildReportText.render(report, dryRun: dryRun))
            case .text: break
            }
            if report.isPartial { throw ExitCode(Self.partialExitCode) }
        } catch let error as ConfigError {
            throw Console.failure(error.description)
        } catch let error as FeedwrightError {
            throw Console.failure(error.description)
        }
    }
}
