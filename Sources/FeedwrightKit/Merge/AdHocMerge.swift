public import FeedAggregator
import FeedFetch
public import FeedModel
import FeedParser
public import Foundation

/// `feedwright merge`: the feeds named on the command line, fetched, deduplicated and
/// sanitised as `build` does, without a config file or state.
public struct AdHocMerge: Sendable {
    /// Files or http(s) URLs, in priority order: among duplicates, the earliest item wins,
    /// then the one from the source named first.
    public var inputs: [String]
    /// The whole exchange with each URL, redirects included, in seconds (`--timeout`).
    public var timeout: Int
    /// The largest input read, fetched or from a file, in bytes; a larger one fails.
    public var maxBytes: Int
    /// Items with the same normalised title at most this many seconds apart are one story.
    public var window: TimeInterval
    /// The zone for dates that carry none.
    public var timeZone: TimeZone
    /// The clock item ages and future dates are judged against; injected so tests are repeatable.
    public var now: Date

    /// A merge of `inputs`, with `merge`'s defaults: 30 s per URL, 50 MiB per input,
    /// a 30-minute window and UTC.
    public init(
        inputs: [String], timeout: Int = 30, maxBytes: Int = 50 << 20, window: TimeInterval = 30 * 60,
        timeZone: TimeZone = TimeZone(identifier: "UTC")!, now: Date = Date()
    ) {
        self.inputs = inputs
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.window = window
        self.timeZone = timeZone
        self.now = now
    }

    /// The merged feed (every item, newest first) and a report per input.
    public func run() async -> (feed: Feed?, reports: [SourceReport]) {
        let sources = AdHocSources.sources(for: inputs, timeZone: timeZone)
        // URLs typed on the command line are fetched wherever they point, as curl would;
        // the address rule guards the sources of config.json, which cron runs unattended.
        let fetcher = Fetcher(
            policy: FetchPolicy(
                totalTimeout: .seconds(timeout), maxBodyBytes: maxBytes,
                allowedAddresses: AddressRange.everything))
        let aggregator = Aggregator(
            sources: sources, fetcher: fetcher, timeout: timeout, maxBytes: maxBytes,
            deduplicator: Deduplicator(window: window), now: now)
        var harvest = (try? await aggregator.harvest(from: nil)) ?? Harvest.empty
        await fetcher.shutdown()
        let readable = harvest.sources.filter { $0.feedTitle != nil }
        guard !readable.isEmpty else { return (nil, harvest.reports) }
        let merged = aggregator.merge(harvest: &harvest)
        let entries = harvest.sanitizedForPublishing(merged)  // already newest first
        _ = harvest.finish(published: entries)
        let feed = Feed(
            id: "urn:feedwright:merge:" + inputs.joined(separator: "|"),
            title: readable.compactMap(\.feedTitle).joined(separator: " + "),
            links: readable.compactMap(\.homePage).prefix(1).map { Link(href: $0, rel: "alternate") },
            updated: FeedAssembler.latestChange(entries), entries: entries)
        return (feed, harvest.reports)
    }
}

/// Names for command-line inputs: the host of a URL or the file's name, made unique.
enum AdHocSources {
    static func sources(for inputs: [String], timeZone: TimeZone) -> [PartnerSource] {
        var taken = Set<String>()
        return inputs.map { input in
            let location = location(of: input)
            var name = baseName(location)
            var counter = 2
            while !taken.insert(name.lowercased()).inserted {
                name = "\(baseName(location)) (\(counter))"
                counter += 1
            }
            // Every item read is kept; reading itself stops at the parser's default limit.
            return PartnerSource(
                name: name, location: location, timeZone: timeZone, maxItems: ParseOptions.defaultMaxEntries)
        }
    }

    static func location(of input: String) -> PartnerSource.Location {
        switch CommandInput(input).location {
        case .url(let text):
            if let url = URL(string: text) { return .http(url) }
        case .file(let path):
            return .file(URL(fileURLWithPath: path).standardizedFileURL)
        case .standardInput:
            break
        }
        // What no reader can open is reported as a missing file of that name.
        return .file(URL(fileURLWithPath: input).standardizedFileURL)
    }

    private static func baseName(_ location: PartnerSource.Location) -> String {
        switch location {
        case .http(let url): url.host ?? url.absoluteString
        case .file(let url): url.lastPathComponent
        }
    }
}
