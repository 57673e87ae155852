public import FeedAggregator
import FeedModel
import FeedSeed
import FeedState
public import FeedWriter
public import Foundation

/// The whole `build` job: read the seeds, date what has no date, merge the partner
/// sources, assemble the feed, and replace the three files atomically.
public struct Publisher: Sendable {
    public var config: FeedwrightConfig
    /// The clock, injected so tests are repeatable; only used for first-seen dates.
    public var now: @Sendable () -> Date

    /// False for `emit`: only the site's own items, and the partners' state left alone.
    public var includePartners: Bool

    public init(
        config: FeedwrightConfig, includePartners: Bool = true,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.config = config
        self.includePartners = includePartners
        self.now = now
    }

    /// Runs the job: seeds, partner sources, merge, and the three files. Nothing on disk
    /// changes unless every file could be produced; with `dryRun`, nothing changes at all
    /// and the report says what would. A failing source is reported, not fatal.
    public func run(dryRun: Bool = false) async throws(FeedwrightError) -> BuildReport {
        let loaded = try loadSeeds()
        var report = BuildReport()
        report.notes = loaded.notes
        report.warnings += loaded.warnings
        let store = try openStore(dryRun: dryRun)
        defer {
            if dryRun { try? FileManager.default.removeItem(at: store.path.deletingLastPathComponent()) }
        }
        let local = try resolveDates(loaded, store: store, report: &report)
        var (merged, harvest): ([Entry], Harvest?) = (local, nil)
        if includePartners {
            (merged, harvest) = try await PartnerMerge(config: config, now: now()).merge(
                local: local, store: store)
        }
        var feed = FeedAssembler(settings: config.feed, title: try title(loaded)).feed(from: merged)
        var forbidden = ForbiddenCharacters(locations: loaded.locations)
        feed.entries = forbidden.clean(harvest?.sanitizedForPublishing(feed.entries) ?? feed.entries)
        report.warnings += forbidden.warnings
        report.warnings += harvest?.repairWarnings ?? []
        let writer = OutputWriter(
            settings: config.output, timeZone: config.feed.timeZone, configName: configName)
        let prepared = try writer.prepare(feed)
        report.warnings += prepared.warnings
        report.itemCount = prepared.feed.entries.count
        report.localCount = local.count
        report.files = try writer.write(prepared, dryRun: dryRun)
        if var harvest {
            let changes = harvest.finish(published: prepared.feed.entries)
            report.sources = harvest.reports
            if !dryRun {
                do {
                    try store.apply(changes)
                } catch {
                    throw .state(error)
                }
            }
        }
        return report
    }

    private func loadSeeds() throws(FeedwrightError) -> SeedLoader.Loaded {
        guard let seeds = config.seeds else {
            return SeedLoader.Loaded(entries: [], blockTitle: nil, locations: [:], warnings: [])
        }
        let importer = SeedImporter(timeZone: config.feed.timeZone, tagAuthority: config.feed.tagAuthority)
        return try SeedLoader(
            settings: seeds, configFile: configName, importer: importer, window: config.dedup.window,
            titleLength: config.limits.titleLength
        ).load()
    }

    /// A dry run works on a throw-away copy of the state, so that it writes nothing.
    private func openStore(dryRun: Bool) throws(FeedwrightError) -> StateStore {
        var path = config.state.path
        if dryRun {
            let scratch = FileManager.default.temporaryDirectory
                .appendingPathComponent("feedwright-dry-run-\(getpid())-\(UUID().uuidString)")
            path = scratch.appendingPathComponent("state.sqlite")
            try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try? FileManager.default.copyItem(at: config.state.path, to: path)
        }
        do {
            return try StateStore(path: path)
        } catch {
            throw .state(error)
        }
    }

    private func resolveDates(
        _ loaded: SeedLoader.Loaded, store: StateStore, report: inout BuildReport
    ) throws(FeedwrightError) -> [Entry] {
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

extension Harvest {
    /// What the partner-item gate repaired, as build warnings naming the source.
    var repairWarnings: [BuildWarning] {
        reports.flatMap { source in
            source.repairs.map { BuildWarning(location: "source \(source.name)", message: $0) }
        }
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public var warnings: [BuildWarning] = []
    /// Decisions worth knowing that need no action (a seed snapshot replacing another).
    public var notes: [BuildNote] = []
    public var files: [WrittenFile] = []
    /// Items in the published feeds.
    public var itemCount = 0
    /// The site's own items.
    public var localCount = 0
    /// One report per configured partner source, in config order.
    public var sources: [SourceReport] = []

    /// Some source failed: the feeds were written from everything else (exit code 3).
    public var isPartial: Bool { sources.contains { $0.status.isFailure } }
}

/// One output file of a build.
public struct WrittenFile: Sendable, Equatable {
    public var path: String
    public var format: FeedFormat
    /// False when the file already held exactly these bytes and was left alone.
    public var changed: Bool
}
