import ArgumentParser
import FeedModel
import FeedWriter
import Foundation

/// The `feedwright` executable: argv in, stdout and stderr and an exit code out; the work
/// is FeedwrightKit's.
@main
struct Feedwright: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedwright",
        abstract: "Publish a site's headlines as RSS 2.0, Atom 1.0 and JSON Feed 1.1.",
        version: FeedwrightVersion.current,
        subcommands: [
            Build.self, Emit.self, Convert.self, Merge.self, Status.self, Validate.self, Schedule.self,
            Serve.self, Discover.self, SourcesCommand.self,
        ]
    )
}

/// The executable's only way to speak: stdout for results, stderr for everything else.
enum Console {
    /// A line on stderr; a failure to write it is ignored, as there is nowhere left to say
    /// so (`FileHandle.write(_:)` would crash the process instead).
    static func error(_ line: String) {
        try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
    }

    /// Prints `message` as the one error line and gives the exit code for a failed run.
    static func failure(_ message: String) -> ExitCode {
        error("error: \(message)")
        return ExitCode.failure
    }
}

/// Options every command that reads `config.json` shares.
struct ConfigOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The configuration file.")
    var config: String = "config.json"

    @Flag(name: .shortAndLong, help: "Print only warnings and errors.")
    var quiet = false

    @OptionGroup var verbosity: VerboseOption
}

/// `--verbose`: the SQLite or system message behind a state error, after our own words.
struct VerboseOption: ParsableArguments {
    @Flag(help: "With an error, also print the underlying SQLite or system message.")
    var verbose = false
}

/// `--max-items N`, shared by `convert` and `validate`: the libraries take a count, and
/// `0` on the command line means no limit, as in curl's and wget's size options.
enum ItemLimit {
    /// The default, the same as the parser's and the validator's.
    static let defaultValue = 10_000

    /// The count the libraries take; `nil` for a negative `N`, which is a usage error.
    static func count(_ option: Int) -> Int? {
        switch option {
        case 0: .max
        case 1...: option
        default: nil
        }
    }

    /// The usage error for a negative `N`.
    static func check(_ option: Int) throws {
        guard count(option) != nil else {
            throw ValidationError("--max-items must be 0 (no limit) or a positive number, not \(option)")
        }
    }
}
