import ArgumentParser
import FeedAggregator
import FeedModel
import FeedWriter
import FeedwrightKit
import Foundation

extension Feedwright {
    /// Merges any feeds named on the command line, the way `build` merges partner sources.
    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge feeds (files or URLs) into one, without duplicates; no config file needed.",
            discussion: """
                Items with the same normalised title within the window are one story: the \
                earliest copy wins. Exit status: 0 when every source was read; 3 when some \
                could not be read and the rest was merged; 1 when none could be read.
                """)

        @Argument(help: "The feeds: file paths or http(s) URLs.")
        var sources: [String]

        @Option(name: .long, help: "Output format: json, rss or atom.")
        var to: OutputFormat = .json

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        @Option(name: .long, help: "Minutes within which the same title is the same story.")
        var window: Int = 30

        @Option(name: .long, help: "Seconds a URL may take to answer completely.")
        var timeout: Int = 30

        @Option(name: .long, help: "Zone for dates written without one, and for the output (IANA name).")
        var timeZone: String = "UTC"

        func validate() throws {
            guard !sources.isEmpty else { throw ValidationError("name at least one feed to merge") }
            guard window >= 0 else { throw ValidationError("--window must not be negative") }
        }

        func run() async throws {
            guard let zone = TimeZone(identifier: timeZone) else {
                throw ValidationError("unknown time zone \"\(timeZone)\"")
            }
            let readable = sources.filter(isReadable)
            let merge = AdHocMerge(
                inputs: readable, timeout: timeout, window: TimeInterval(window * 60), timeZone: zone)
            let (feed, reports) = readable.isEmpty ? (nil, []) : await merge.run()
            for (input, report) in zip(readable, reports) where report.status.isFailure {
                Console.error("error: \(input): \(Self.failureText(report))")
            }
            guard let feed else {
                if sources.count == 1 { throw ExitCode.failure }
                throw Console.failure("none of the feeds could be read; nothing was written")
            }
            try write(feed, zone: zone)
            let dropped = reports.reduce(0) { $0 + $1.duplicates }
            Console.error(
                "merged \(feed.entries.count) items from \(reports.count) feeds; dropped \(dropped) duplicates"
            )
            let failed = readable.count < sources.count || reports.contains { $0.status.isFailure }
            if failed { throw ExitCode(PublishRun.partialExitCode) }
        }

        /// A file that cannot be opened is reported here, by the name typed, before any
        /// merging; URLs are judged when fetched.
        private func isReadable(_ argument: String) -> Bool {
            let input = CommandInput(argument)
            do throws(CommandFailure) {
                // The aggregator opens each source itself, as it does for config.json's.
                guard input.location != .standardInput else {
                    throw CommandFailure(
                        name: argument, message: "merge cannot read standard input; save it to a file")
                }
                try input.checkReadable()
                return true
            } catch {
                Console.error("error: \(error)")
                return false
            }
        }

        /// Why a source failed, without the report's status word.
        private static func failureText(_ report: SourceReport) -> String {
            if case .failed(let message) = report.status { return message }
            return BuildReportText.statusText(report)
        }

        private func write(_ feed: Feed, zone: TimeZone) throws {
            let bytes: [UInt8]
            do {
                bytes = try FeedRenderer.render(
                    feed, as: to.feedFormat, context: WriteContext(timeZone: zone))
            } catch {
                throw Console.failure("cannot write the merged feed: \(error.reason)")
            }
            do throws(CommandFailure) {
                let destination = try CommandOutput(path: output)
                do throws(CommandFailure) {
                    try destination.write(bytes)
                    try destination.commit()
                } catch {
                    destination.discard()
                    throw error
                }
            } catch {
                throw Console.failure(error.description)
            }
        }
    }
}
