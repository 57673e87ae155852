import ArgumentParser
import FeedwrightKit
import Foundation

/// Loads the configuration, runs the publisher, and reports like a compiler would:
/// warnings and errors on stderr, one line each; what was written on stdout.
struct PublishRun {
    var options: ConfigOptions

    func run() throws {
        do {
            let config = try ConfigLoader.load(from: URL(fileURLWithPath: options.config))
            let report = try Publisher(config: config).run()
            for warning in report.warnings { Console.error(warning.description) }
            if !options.quiet { printSummary(report) }
        } catch let error as ConfigError {
            throw Console.failure(error.description)
        } catch let error as FeedwrightError {
            throw Console.failure(error.description)
        }
    }

    private func printSummary(_ report: BuildReport) {
        for file in report.files {
            let state = file.changed ? "wrote" : "unchanged"
            print("\(state) \(file.path) (\(file.format.rawValue), \(report.itemCount) items)")
        }
    }
}
