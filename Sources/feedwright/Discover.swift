import ArgumentParser
import FeedAggregator
import FeedFetch
import FeedwrightKit
import Foundation

extension Feedwright {
    /// Lists the feeds a web page declares, or finds one at the common locations.
    struct Discover: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "discover",
            abstract: "List the feeds a web page declares (or finds at /feed, /rss.xml, …).",
            discussion: """
                Exit status: 0 when feeds were found, 1 when none (or the page could not be \
                read), 64 for a usage error.
                """)

        @Argument(help: "The page: an http(s) URL, a file path, or - for standard input.")
        var input: String

        @Option(name: .long, help: "Output format: text (URL, type, title per line) or json.")
        var format: ReportFormat = .text

        @Option(name: .long, help: "A file's URL: the base for its relative links.")
        var baseURL: String?

        @Option(name: .long, help: "Seconds each URL may take to answer completely.")
        var timeout: Int = 30

        @Option(name: .long, help: "The largest page or feed accepted, in bytes.")
        var maxSize: Int = 10 << 20

        func validate() throws {
            guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds") }
            guard maxSize > 0 else { throw ValidationError("--max-size must be a positive number of bytes") }
        }

        func run() async throws {
            let discovery: FeedDiscovery
            do throws(DiscoveryError) {
                discovery = try await discover()
            } catch {
                if format == .json { print("[]") }
                throw Console.failure(error.description)
            }
            DiscoverReport(input: input, discovery: discovery).printNotes()
            switch format {
            case .text: DiscoverReport.printText(discovery.feeds)
            case .json: print(DiscoverReport.json(discovery.feeds))
            }
            if discovery.feeds.isEmpty {
                throw Console.failure(DiscoverReport(input: input, discovery: discovery).noFeedMessage)
            }
        }

        private func discover() async throws(DiscoveryError) -> FeedDiscovery {
            let source = CommandInput(input)
            guard case .url(let url) = source.location else {
                return FeedDiscoverer.discover(page: try readLocal(source), pageURL: baseURL, name: input)
            }
            let fetcher = CommandInput.fetcher(timeout: timeout, maxBytes: maxSize)
            do {
                let discovery = try await FeedDiscoverer(fetcher: fetcher).discover(url: url)
                await fetcher.shutdown()
                return discovery
            } catch {
                await fetcher.shutdown()
                throw error
            }
        }

        /// A file or standard input, at most `maxSize` bytes.
        private func readLocal(_ source: CommandInput) throws(DiscoveryError) -> Data {
            do throws(CommandFailure) {
                try source.checkReadable()
            } catch {
                throw DiscoveryError(url: input, message: error.message)
            }
            let handle: FileHandle?
            if case .file(let path) = source.location {
                handle = FileHandle(forReadingAtPath: path)
            } else {
                handle = FileHandle.standardInput
            }
            guard let handle, let data = try? handle.read(upToCount: maxSize + 1) ?? Data() else {
                throw DiscoveryError(url: input, message: "cannot read it")
            }
            guard data.count <= maxSize else {
                throw DiscoveryError(url: input, message: "larger than \(maxSize) bytes (see --max-size)")
            }
            return data
        }
    }
}
