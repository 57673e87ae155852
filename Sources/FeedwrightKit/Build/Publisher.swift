import FeedModel
import FeedSeed
import FeedState
public import FeedWriter
public import Foundation

/// The whole `emit`/`build` job: read the seeds, date what has no date, assemble the
/// feed, and replace the three files atomically.
public struct Publisher: Sendable {
    public var config: FeedwrightConfig
    /// The clock, injected so tests are repeatable; only used for first-seen dates.
    public var now: @Sendable () -> Date

    public init(config: FeedwrightConfig, now: @escaping @Sendable () -> Date = { Date() }) {
        self.config = config
        self.now = now
    }

    /// Runs the job. Nothing on disk changes unless every file could be produced.
    public func run() throws(FeedwrightError) -> BuildReport {
        let loaded = try loadSeeds()
        var report = BuildReport()
        let dated = try resolveDates(loaded, report: &report)
        var forbidden = ForbiddenCharacters(locations: loaded.locations)
        let entries = forbidden.clean(dated)
        report.warnings += forbidden.warnings
        let feed = FeedAssembler(settings: config.feed, title: try title(loaded)).feed(from: entries)
        report.itemCount = feed.entries.count
        report.files = try OutputWriter(settings: config.output, timeZone: config.feed.timeZone).write(feed)
        return report
    }

    private func loadSeeds() throws(FeedwrightError) -> SeedLoader.Loaded {
        guard let seeds = config.seeds else {
            return SeedLoader.Loaded(entries: [], blockTitle: nil, locations: [:])
        }
        let importer = SeedImporter(timeZone: config.feed.timeZone, tagAuthority: config.feed.tagAuthority)
        return try SeedLoader(settings: seeds, configFile: configName, importer: importer).load()
    }

    private func resolveDates(
        _ loaded: SeedLoader.Loaded, report: inout BuildReport
    ) throws(FeedwrightError) -> [Entry] {
        let store: StateStore
        do {
            store = try StateStore(path: config.state.path)
        } catch {
            throw .state(error)
        }
        let output = config.output
        let resolver = UndatedItemResolver(
            pinnedDates: config.pinnedDates,
            store: store,
            previouslyPublished: PublishedFeedDates.read(
                from: output.directory.appendingPathComponent(output.jsonFileName)),
            now: now(),
            timeZone: config.feed.timeZone
        )
        let (entries, warnings) = try resolver.resolve(loaded.entries, locations: loaded.locations)
        report.warnings += warnings
        return entries
    }

    private func title(_ loaded: SeedLoader.Loaded) throws(FeedwrightError) -> String {
        if let title = config.feed.title ?? loaded.blockTitle { return title }
        throw .setting(
            file: configName, keyPath: "feed.title",
            message: "the feed has no title: set feed.title, or add a seed page whose first line is one")
    }

    private var configName: String { PathDisplay.relative(config.file) }
}

/// What a build did.
public struct BuildReport: Sendable {
    public var warnings: [BuildWarning] = []
    public var files: [WrittenFile] = []
    public var itemCount = 0
}

/// One output file of a build.
public struct WrittenFile: Sendable, Equatable {
    public var path: String
    public var format: FeedFormat
    /// False when the file already held exactly these bytes and was left alone.
    public var changed: Bool
}
