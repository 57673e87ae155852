import ArgumentParser
import FeedwrightKit
import Foundation

extension Feedwright {
    /// When the feeds were last built, what failed, and when the next build runs.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract:
                "Show the last builds, the partner sources that are failing, and the next scheduled run.")

        @Option(name: .shortAndLong, help: "The configuration file.")
        var config: String = "config.json"

        @Option(help: "How many recent runs to show.")
        var runs: Int = 10

        @OptionGroup var verbosity: VerboseOption

        func run() async throws {
            do {
                let config = try ConfigLoader.load(from: URL(fileURLWithPath: config))
                let status = try StatusReport.load(config: config, runs: runs)
                print(StatusText.render(status, timeZone: config.feed.timeZone))
            } catch let error as ConfigError {
                throw Console.failure(error.description)
            } catch let error as FeedwrightError {
                throw Console.failure(error.message(verbose: verbosity.verbose))
            }
        }
    }
}
