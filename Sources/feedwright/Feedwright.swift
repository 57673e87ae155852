import ArgumentParser
import FeedModel

@main
struct Feedwright: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedwright",
        abstract: "Publish a site's headlines as RSS 2.0, Atom 1.0 and JSON Feed 1.1.",
        version: FeedwrightVersion.current,
        subcommands: [
            Build.self, Emit.self, Convert.self, Merge.self, Status.self, Validate.self, Schedule.self,
        ]
    )
}
