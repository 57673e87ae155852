import ArgumentParser
import FeedwrightKit
import Foundation

extension Feedwright {
    /// `feedwright sources export|import`: the config's sources to and from OPML.
    struct SourcesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sources",
            abstract: "Move the config's sources to and from OPML subscription lists.",
            subcommands: [Export.self, Import.self])
    }
}

extension Feedwright.SourcesCommand {
    /// Exit code 65 (`EX_DATAERR` of sysexits.h): the OPML file given is malformed or hostile.
    static let dataError = ExitCode(65)

    /// Prints the one error line and gives the exit code for `error`.
    static func failure(_ error: SourcesError) -> ExitCode {
        Console.error("error: \(error)")
        return error.isDataError ? dataError : .failure
    }

    /// `sources export`: the sources as OPML 2.0, on stdout or into a file.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the config's sources as an OPML 2.0 subscription list.",
            discussion: "Exit status: 0 when written, 1 when the config cannot be read or the file written.")

        @Option(name: .shortAndLong, help: "The configuration file.")
        var config: String = "config.json"

        @Option(name: .short, help: "Write to this file (replaced atomically) instead of standard output.")
        var output: String?

        func run() throws {
            let bytes: [UInt8]
            do throws(SourcesError) {
                bytes = try SourcesCommands.export(configFile: URL(fileURLWithPath: config))
            } catch {
                throw Feedwright.SourcesCommand.failure(error)
            }
            do throws(CommandFailure) {
                let out = try CommandOutput(path: output)
                do throws(CommandFailure) {
                    try out.write(bytes)
                    try out.commit()
                } catch {
                    out.discard()
                    throw error
                }
            } catch {
                throw Console.failure(error.description)
            }
        }
    }

    /// `sources import`: adds an OPML file's feeds to the config.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the feeds of an OPML subscription list to the config's sources.",
            discussion: """
                Folders are flattened; names are made unique with " (2)"; feeds already \
                configured are skipped and listed. Only the sources array of the config is \
                rewritten. Exit status: 0 when done, 65 when the OPML file is malformed or \
                refused, 1 when the config cannot be read or written.
                """)

        @Argument(help: "The OPML file.")
        var file: String

        @Option(name: .shortAndLong, help: "The configuration file.")
        var config: String = "config.json"

        @Flag(help: "Print what would be added and skipped; change nothing.")
        var dryRun = false

        func run() throws {
            let plan: SourcesImportPlan
            do throws(SourcesError) {
                plan = try SourcesCommands.importSources(
                    opmlPath: file, configFile: URL(fileURLWithPath: config), dryRun: dryRun)
            } catch {
                throw Feedwright.SourcesCommand.failure(error)
            }
            for line in plan.lines(dryRun: dryRun) { print(line) }
            print(dryRun ? "dry run: would have " + plan.summary + "; nothing was changed" : plan.summary)
        }
    }
}
