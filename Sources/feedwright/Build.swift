import ArgumentParser

extension Feedwright {
    /// The job cron runs: today the same as `emit`; merging partner feeds joins it later.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Regenerate every feed from config.json (the command to schedule).")

        @OptionGroup var options: ConfigOptions

        func run() throws {
            try PublishRun(options: options).run()
        }
    }

    /// Writes the site's own items as feeds.
    struct Emit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the seed items as RSS, Atom and JSON Feed into the output directory.")

        @OptionGroup var options: ConfigOptions

        func run() throws {
            try PublishRun(options: options).run()
        }
    }
}
