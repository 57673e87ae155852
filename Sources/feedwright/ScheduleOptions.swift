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

    /// This executable as the user invoked it (argv[0], or its match in PATH), absolute
    /// for cron's minimal PATH but not resolved through symlinks, so that an upgrade that
    /// moves a symlink keeps the installed line working.
    static func executablePath() -> String {
        let fallback =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        return InvokedExecutable.path(
            argument0: CommandLine.arguments.first ?? "",
            currentDirectory: FileManager.default.currentDirectoryPath,
            searchPath: ProcessInfo.processInfo.environment["PATH"], fallback: fallback)
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
