import ArgumentParser

extension Feedwright {
    /// The job cron runs: seeds, partner sources, merge, and the three feeds.
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract:
                "Regenerate every feed from config.json: seeds and partner sources (the command to schedule).",
            discussion: """
                Exit status: 0 when everything went well; 3 when the feeds were written but a \
                partner source failed or a corrupt state database was moved aside and rebuilt; \
                1 when nothing was written (neither feeds nor state); 75 when another build holds \
                the lock; 143 or 130 when stopped by SIGTERM or SIGINT (recorded as interrupted).
                """)

        @OptionGroup var options: ConfigOptions

        @Option(help: "The report's form: text, or json (one object with a report per source).")
        var format: ReportFormat = .text

        @Flag(help: "Show what would change without writing feeds or state.")
        var dryRun = false

        func run() async throws {
            try await PublishRun(options: options, format: format, dryRun: dryRun, withSources: true).run()
        }
    }

    /// Writes the site's own items as feeds, without partner sources.
    struct Emit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "emit",
            abstract: "Write only the seed items (no partner sources) as RSS, Atom and JSON Feed.")

        @OptionGroup var options: ConfigOptions

        func run() async throws {
            try await PublishRun(options: options, format: .text, dryRun: false, withSources: false).run()
        }
    }
}

/// How a command prints its report or diagnostics: for people, or for machines.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
