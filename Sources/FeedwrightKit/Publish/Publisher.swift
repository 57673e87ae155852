public import FeedAggregator
import FeedDates
import FeedModel
import FeedSeed
import FeedSite
import FeedState
public import FeedWriter
public import Foundation

/// The whole `build` job: read the seeds, date what has no date, merge the partner
/// sources, assemble the feed, and replace the three files atomically.
public struct Publisher: Sendable {
    /// The loaded config: where the seeds, sources, state and output files are.
    public var config: FeedwrightConfig
    /// The clock, injected so tests are repeatable; only used for first-seen dates.
    public var now: @Sendable () -> Date

    /// False for `emit`: only the site's own items, and the partners' state left alone.
    public var includePartners: Bool

    /// A build of `config`; `includePartners` is false for `emit`, and only tests replace
    /// `now`.
    public init(
        config: FeedwrightConfig, includePartners: Bool = true,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.config = config
        self.includePartners = includePartners
        self.now = now
    }

    /// Runs the job: seeds, partner sources, merge, and the three files.
    ///
    /// Nothing on disk changes unless every file could be produced and validated; then the
    /// state is saved (one transaction) before the files are renamed into place, so a build
    /// can never publish feeds whose state it failed to save. With `dryRun`, nothing
    /// changes at all and the report says what would. A failing source is reported, not
    /// fatal. `state` is the database the caller opened (and closes), if it did;
    /// `commit` is where a signal handler can wait for the save and the renames.
    public func run(
        dryRun: Bool = false, state: BuildState? = nil, commit: CommitSection = CommitSection()
    ) async throws(FeedwrightError) -> BuildReport {
        let loaded = try loadSeeds()
        let opened: BuildState
        if let state {
            opened = state
        } else {
            opened = try BuildState.open(config, dryRun: dryRun, now: now())
        }
        defer { if state == nil { opened.close() } }
        var report = BuildReport()
        report.notes = loaded.notes
        report.warnings += loaded.warnings
        if let recovery = opened.recovery {
            report.stateRecovery = recovery
            report.warnings.append(recovery.warning)
        }
        let resolved = try resolveDates(loaded, store: opened.store)
        report.warnings += resolved.warnings
        let archive = try FeedArchive.open(config.output.archive, store: opened.store, output: config.output)
        report.warnings += archive.flatMap(recoveryWarning).map { [$0] } ?? []
        var (merged, harvest): ([Entry], Harvest?) = (resolved.entries, nil)
        if includePartners {
            // Archived items are left out while merging, so that they are never copied.
            var isArchived: (@Sendable (String) -> Bool)?
            if let digests = archive?.digests { isArchived = { digests.contains($0) } }
            (merged, harvest) = try await PartnerMerge(config: config, now: now()).merge(
                local: resolved.entries, store: opened.store, excluding: isArchived)
        }
        let candidates = archive?.unarchived(merged) ?? merged
        var feed = FeedAssembler(settings: config.feed, title: try title(loaded)).feed(from: candidates)
        var forbidden = ForbiddenCharacters(locations: loaded.locations)
        feed.entries = forbidden.clean(harvest?.sanitizedForPublishing(feed.entries) ?? feed.entries)
        var writer = OutputWriter(
            settings: config.output, timeZone: config.feed.timeZone, configName: configName,
            hubs: config.websub.hubs, sources: config.sources)
        feed = writer.site.linking(feed)
        if let archive {
            report.warnings += try archiveLeaving(
                candidates, of: feed, into: archive, harvest: harvest, forbidden: &forbidden, writer: &writer)
        }
        report.warnings += forbidden.warnings
        report.warnings += harvest?.repairWarnings ?? []
        report.warnings += harvest?.discoveryWarnings ?? []
        var rubrics = try publishedRubrics(opened.store)
        let rendered = try writer.render(feed, rubrics: &rubrics)
        report.warnings += rendered.warnings
        report.itemCount = rendered.feed.entries.count
        report.localCount = resolved.entries.count
        var changes = StateChanges()
        if var harvest {
            changes = harvest.finish(published: rendered.feed.entries)
            report.sources = harvest.reports
        }
        changes.firstSeen = resolved.firstSeen
        changes.categorySlugs = rubrics.added.map {
            CategorySlugRecord(nameKey: $0.key, slug: $0.slug, firstPublished: now())
        }
        changes.feedArchive = writer.archive?.archive.added ?? []
        changes.feedArchiveDigests = writer.archive?.archive.changedDigests
        report.archive = writer.archive.map {
            ArchiveReport($0.archive, files: dryRun ? rendered.previewArchive() : [])
        }
        if dryRun {
            report.files = rendered.preview()
            report.pages = rendered.previewPages()
            report.categoryFiles = rendered.previewCategories()
            return report
        }
        let staged = try publish(rendered, with: writer, saving: changes, to: opened.store, in: commit)
        (report.files, report.pages, report.categoryFiles) = (
            staged.files, staged.pages, staged.categoryFiles
        )
        report.archive?.files = staged.archive
        report.hubPings = await HubNotifier(config: config).announce(report.files, writer: writer)
        return report
    }

    /// Stages the files, then saves the state and renames the files in the commit section:
    /// a state that cannot be saved leaves every published file as it was.
    private func publish(
        _ rendered: RenderedFeeds, with writer: OutputWriter, saving changes: StateChanges,
        to store: StateStore, in section: CommitSection
    ) throws(FeedwrightError) -> StagedFeeds {
        var staged = try writer.stage(rendered)
        defer { staged.discard() }
        try section.run { () throws(FeedwrightError) in
            try Self.save(changes, to: store)
            try staged.commit()
        }
        return staged
    }

    /// The rubric slugs published before (`output.categories`), none when the option is off.
    private func publishedRubrics(_ store: StateStore) throws(FeedwrightError) -> RubricSlugs {
        guard config.output.categories else { return RubricSlugs() }
        do {
            return RubricSlugs(published: try store.categorySlugs())
        } catch {
            throw .state(error)
        }
    }

    private static func save(_ changes: StateChanges, to store: StateStore) throws(FeedwrightError) {
        do {
            try store.apply(changes)
        } catch {
            throw .state(error)
        }
    }

    /// Removes the temporary files this process staged in the output directory, for a
    /// signal handler that ends the process before they were committed.
    public static func discardStagedFiles(_ output: OutputSettings) {
        for name in [output.rssFileName, output.atomFileName, output.jsonFileName]
            + [output.opmlFileName].compactMap(\.self)
        {
            AtomicFile.discard(AtomicFile.temporary(for: output.directory.appendingPathComponent(name)))
        }
        SitePages.discardStaged(in: output.directory)
        ArchivePages.discardStaged(in: output.directory)
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

    private func resolveDates(
        _ loaded: SeedLoader.Loaded, store: StateStore
    ) throws(FeedwrightError) -> UndatedItemResolver.Resolved {
        let output = config.output
        let resolver = UndatedItemResolver(
            pinnedDates: config.pinnedDates,
            store: store,
            previouslyPublished: PublishedFeedDates.read(
                from: output.directory.appendingPathComponent(output.jsonFileName)),
            now: now(),
            timeZone: config.feed.timeZone
        )
        return try resolver.resolve(loaded.entries, locations: loaded.locations)
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

    /// One warning per source whose URL is a web page, naming the feed read in its place.
    var discoveryWarnings: [BuildWarning] {
        reports.compactMap { source in
            source.discoveredFeed.map {
                BuildWarning(
                    location: "source \(source.name)",
                    message: "\(source.location) is a web page, not a feed; read the feed it declares, "
                        + "\($0): put that URL in config.json")
            }
        }
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    /// What the build worked around without stopping (seed problems, repaired items, a
    /// rebuilt database), in the order met.
    public var warnings: [BuildWarning] = []
    /// Decisions worth knowing that need no action (a seed snapshot replacing another).
    public var notes: [BuildNote] = []
    /// The three feed files as written or, for a dry run, as they would be.
    public var files: [WrittenFile] = []
    /// The HTML pages as written or, for a dry run, as they would be, rubric pages included.
    public var pages: [WrittenPage] = []
    /// The rubric feeds (`output.categories`) as written or, for a dry run, as they would be.
    public var categoryFiles: [WrittenFile] = []
    /// The RFC 5005 archive, when `output.archive` is on.
    public var archive: ArchiveReport?
    /// Items in the published feeds.
    public var itemCount = 0
    /// The site's own items.
    public var localCount = 0
    /// One report per configured partner source, in config order.
    public var sources: [SourceReport] = []

    /// Set when the state database was corrupt and this run started a new one.
    public var stateRecovery: StateRecovery?
    /// The WebSub publish pings sent, one per hub and changed feed; a failed one does not
    /// undo the build, whose feeds were written all the same.
    public var hubPings: [HubPing] = []

    /// Some source failed: the feeds were written from everything else (exit code 3).
    public var isPartial: Bool { sources.contains { $0.status.isFailure } }

    /// The feeds were written, but something needs a look: a source failed, the state
    /// database had to be rebuilt, or a WebSub hub was not notified (exit code 3).
    public var needsAttention: Bool {
        isPartial || stateRecovery != nil || hubPings.contains { $0.failure != nil }
    }
}

/// One output file of a build.
public struct WrittenFile: Sendable, Equatable {
    /// The file, relative to the working directory when below it, as messages show it.
    public var path: String
    /// Which of the three feeds the file holds.
    public var format: FeedFormat
    /// False when the file already held exactly these bytes and was left alone.
    public var changed: Bool
}

/// Reads the item dates of the JSON Feed we published on an earlier run.
///
/// Only our own output is read here, and only `id` and `date_published`; anything
/// unreadable simply yields no dates, because this is a fallback, not a source of truth.
enum PublishedFeedDates {
    static func read(from file: URL) -> [String: Date] {
        guard let data = try? Data(contentsOf: file), let items = PublishedItems.read(data) else {
            return [:]
        }
        var dates: [String: Date] = [:]
        for item in items {
            guard let id = item["id"]?.string, let text = item["date_published"]?.string,
                let date = RFC3339.parse(text)
            else { continue }
            dates[id] = date
        }
        return dates
    }
}
