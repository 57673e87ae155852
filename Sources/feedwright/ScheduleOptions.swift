import ArgumentParser
import FeedSchedule
import FeedwrightKit
import Foundation

/// The config file option of the `schedule` commands, and what they derive from it.
struct ScheduleOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The configuration file.")
    var config: String = "config.json"

    func plan() throws -> SchedulePlan {
        do {
            let loaded = try ConfigLoader.load(from: URL(fileURLWithPath: config))
            return try SchedulePlan(config: loaded, binary: Self.executablePath())
        } catch let error as ConfigError {
            throw Console.failure(error.description)
        } catch let error as FeedwrightError {
            throw Console.failure(error.description)
        }
    }

    /// The config's absolute path, without requiring a valid schedule (for `remove`).
    func configPath() throws -> String {
        URL(fileURLWithPath: config).absoluteURL.standardizedFileURL.path
    }

    /// This executable, absolute and with symlinks resolved, for cron's minimal PATH.
    static func executablePath() -> String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return resolved
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).absoluteURL.standardizedFileURL.path
    }
}

/// Runs a crontab or file step, turning its error into the one-line failure.
enum ScheduleStep {
    static func attempt<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CrontabError {
            throw Console.failure(error.description)
        } catch let error as FeedwrightError {
            throw Console.failure(error.description)
        }
    }
}
