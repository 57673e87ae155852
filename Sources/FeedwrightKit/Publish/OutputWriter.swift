import FeedAggregator
import FeedModel
import FeedSite
import FeedValidator
import FeedWriter
import Foundation

/// Produces the three feeds and the HTML pages in two steps a build can put its state save
/// between: ``render(_:)`` makes and validates every format's bytes and the pages in memory,
/// ``stage(_:)`` writes them to temporary siblings of their targets;
/// ``StagedFeeds/commit()`` then renames them into place, the pages first, so that no
/// published feed links to a page that is not there yet. Unchanged files are not rewritten.
struct OutputWriter {
    var settings: OutputSettings
    var timeZone: TimeZone
    /// The config file as the user named it, for messages about `output.directory`.
    var configName = "config.json"
    /// `websub.hubs`, which every feed names beside its self link.
    var hubs: [String] = []
    /// The partner sources, published as `output.opml` when that is set.
    var sources: [PartnerSource] = []
    /// The RFC 5005 archive pages, when `output.archive` is on: rendered with the feeds,
    /// staged and committed before them, and linked from them with `prev-archive`.
    var archive: ArchivePages?

    /// Renders, stages and commits at once (or, with `dryRun`, only says which files would
    /// change), for callers that keep no state.
    func write(_ feed: Feed, dryRun: Bool = false) throws(FeedwrightError) -> [WrittenFile] {
        let rendered = try render(feed)
        return dryRun ? rendered.preview() : try write(rendered)
    }

    /// Stages and commits feeds already rendered.
    func write(_ rendered: RenderedFeeds) throws(FeedwrightError) -> [WrittenFile] {
        var staged = try stage(rendered)
        defer { staged.discard() }
        try staged.commit()
        return staged.files
    }

    /// Every format's bytes, each checked by our own validator; nothing on disk changes.
    /// When the validator rejects the output, the partner items that cause it are left out
    /// (see ``PartnerItemTriage``) and reported in ``RenderedFeeds/warnings``; a feed that
    /// still fails, or fails through the site's own items, is not published.
    /// The pages are rendered from the feed as published, after any partner item was left out.
    func render(_ feed: Feed) throws(FeedwrightError) -> RenderedFeeds {
        var none = RubricSlugs()
        return try render(feed, rubrics: &none)
    }

    /// ``render(_:)``, and with `output.categories` the rubric feeds and pages too, each
    /// checked by our validator like the main feeds; `rubrics` gives the slugs already
    /// published and gets one for every new rubric (its ``RubricSlugs/added``).
    func render(_ feed: Feed, rubrics: inout RubricSlugs) throws(FeedwrightError) -> RenderedFeeds {
        var rendered = RenderedFeeds(feed: feed, files: try renderAll(feed))
        if let failure = firstFailure(rendered) {
            guard let triaged = try PartnerItemTriage(writer: self).leaveOutRejected(feed) else {
                throw failure
            }
            rendered = RenderedFeeds(
                feed: triaged.feed, files: try renderAll(triaged.feed), warnings: triaged.warnings)
            if let failure = firstFailure(rendered) { throw failure }
        }
        var slugs: [String: String] = [:]
        if settings.categories {
            rubrics.assign(Rubric.all(in: rendered.feed).map(\.name))
            slugs = rubrics.byKey
            rendered.categoryFiles = try CategoryFeeds(writer: self, slugs: slugs).render(rendered.feed)
            if let failure = firstFailure(rendered.categoryFiles) { throw failure }
        }
        rendered.pages = try site.render(rendered.feed, rubricSlugs: slugs)
        rendered.categoryPages = try site.renderRubrics(rendered.feed, rubricSlugs: slugs)
        if let opml = try opmlPage(rendered.feed) { rendered.pages.insert(opml, at: 0) }
        rendered.archive =
            try archive?.render(
                header: rendered.feed, feedsChanged: rendered.files.contains(where: \.isChanged))
            ?? []
        return rendered
    }

    /// The HTML pages of these settings (none when `output.pages` is false).
    var site: SitePages {
        SitePages(settings: settings, timeZone: timeZone, configName: configName)
    }

    /// Every format's bytes, unchecked.
    func renderAll(_ feed: Feed) throws(FeedwrightError) -> [RenderedFeeds.File] {
        try FeedFormat.allCases.map { format throws(FeedwrightError) in
            RenderedFeeds.File(
                format: format, target: target(format),
                bytes: try render(feed, as: format, selfURL: selfURL(format)),
                selfURL: selfURL(format))
        }
    }

    /// Writes the files that change to temporary siblings of their targets, so that only
    /// renames are left for the commit: a full disk or a read-only folder fails here,
    /// before the state is saved.
    func stage(_ rendered: RenderedFeeds) throws(FeedwrightError) -> StagedFeeds {
        try createDirectory()
        var staged = StagedFeeds()
        do {
            // The commit renames in this order: the archive pages, the article pages, the
            // rubric feeds and pages, the timeline that links to them, and the main feeds
            // last, so that nothing published links to a file that is not there yet.
            for file in rendered.archive {
                staged.archive.append(try staged.stageFile(file.bytes, for: file.target, format: file.format))
            }
            let (timeline, articles) = (
                rendered.pages.filter(site.isTimeline), rendered.pages.filter { !site.isTimeline($0) }
            )
            for page in articles { try staged.stagePage(page) }
            for file in rendered.categoryFiles {
                staged.categoryFiles.append(
                    try staged.stageFile(file.bytes, for: file.target, format: file.format))
            }
            for page in rendered.categoryPages + timeline { try staged.stagePage(page) }
            for file in rendered.files {
                staged.files.append(try staged.stageFile(file.bytes, for: file.target, format: file.format))
            }
        } catch {
            staged.discard()
            throw error
        }
        return staged
    }

    /// A feed our own validator rejects is not published: the old file stays, and the
    /// build fails with the findings, so that a bug never reaches readers.
    private func firstFailure(_ rendered: RenderedFeeds) -> FeedwrightError? {
        firstFailure(rendered.files)
    }

    private func firstFailure(_ files: [RenderedFeeds.File]) -> FeedwrightError? {
        for file in files {
            let errors = validationErrors(file.bytes, format: file.format, documentURL: file.selfURL)
            guard !errors.isEmpty else { continue }
            let path = PathDisplay.relative(file.target)
            let lines = errors.prefix(10).map { ValidationRenderer.line($0, path: path) }
            return .invalidOutput(path: path, findings: lines, total: errors.count)
        }
        return nil
    }

    /// The errors our validator finds in `bytes`, rendered as `format`.
    func validationErrors(_ bytes: [UInt8], format: FeedFormat) -> [ValidationDiagnostic] {
        validationErrors(bytes, format: format, documentURL: selfURL(format))
    }

    /// The errors our validator finds in `bytes`, published at `documentURL`.
    func validationErrors(_ bytes: [UInt8], format: FeedFormat, documentURL: String?)
        -> [ValidationDiagnostic]
    {
        // Every item is checked: the feed is ours, in memory already, and `feed.maxItems` long.
        let report = Validator.validate(bytes, documentURL: documentURL, maxItems: .max)
        return report.diagnostics.filter { $0.severity == .error }
    }

    /// `feed` as `format`, naming `selfURL` as its own address. A main feed
    /// (`isMainFeed`) also names the WebSub hubs and links to the newest archive page; a
    /// rubric feed does neither, as only the main feeds are pinged and archived.
    func render(
        _ feed: Feed, as format: FeedFormat, selfURL: String?, isMainFeed: Bool = true
    ) throws(FeedwrightError) -> [UInt8] {
        var context = WriteContext(timeZone: timeZone, selfURL: selfURL)
        context.hubs = isMainFeed ? hubs : []
        context.history = isMainFeed ? archive?.mainHistory(format) : nil
        do {
            return try FeedRenderer.render(feed, as: format, context: context)
        } catch {
            throw .render(format: format.rawValue, error)
        }
    }

    func fileName(_ format: FeedFormat) -> String {
        switch format {
        case .rss: settings.rssFileName
        case .atom: settings.atomFileName
        case .json: settings.jsonFileName
        }
    }

    func target(_ format: FeedFormat) -> URL {
        settings.directory.appendingPathComponent(fileName(format))
    }

    /// The URL subscribers know the `format` file by, `nil` without `output.baseURL`.
    func selfURL(_ format: FeedFormat) -> String? {
        guard let base = settings.baseURL else { return nil }
        return (base.hasSuffix("/") ? base : base + "/") + fileName(format)
    }

    private func createDirectory() throws(FeedwrightError) {
        let shown = PathDisplay.relative(settings.directory)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: settings.directory.path, isDirectory: &isDirectory),
            !isDirectory.boolValue
        {
            throw .setting(
                file: configName, keyPath: "output.directory",
                message: "\(shown) is a file, not a directory; nothing was written: "
                    + "point output.directory at a directory, or move the file away")
        }
        do {
            try FileManager.default.createDirectory(at: settings.directory, withIntermediateDirectories: true)
        } catch {
            throw .setting(
                file: configName, keyPath: "output.directory",
                message: "cannot create \(shown): \(FileProblem(error)); nothing was written")
        }
    }
}

/// The three feeds in memory, valid, not yet on disk, and the pages that show them.
struct RenderedFeeds {
    struct File {
        var format: FeedFormat
        var target: URL
        var bytes: [UInt8]
        /// The URL the file is published under, `nil` without `output.baseURL`.
        var selfURL: String?

        /// False when the target already holds exactly these bytes.
        var isChanged: Bool { AtomicFile.differs(bytes, from: target) }
    }

    /// One HTML page; `target` is inside the output directory.
    struct Page {
        var target: URL
        var bytes: [UInt8]
    }

    /// The feed as it will be published: without the partner items left out.
    var feed: Feed
    var files: [File]
    /// Partner items left out because our validator rejects them.
    var warnings: [BuildWarning] = []
    /// The HTML pages, empty when `output.pages` is false.
    var pages: [Page] = []
    /// The rubric feeds (`output.categories`), three per rubric.
    var categoryFiles: [File] = []
    /// The rubric pages, empty unless both `output.categories` and `output.pages` are on.
    var categoryPages: [Page] = []
    /// The archive pages this build writes, empty when `output.archive` is off.
    var archive: [ArchivePages.File] = []

    /// What a dry run reports: which files would change.
    func preview() -> [WrittenFile] {
        files.map {
            WrittenFile(path: PathDisplay.relative($0.target), format: $0.format, changed: $0.isChanged)
        }
    }

    /// What a dry run reports: which archive pages would change.
    func previewArchive() -> [WrittenFile] {
        archive.map {
            WrittenFile(
                path: PathDisplay.relative($0.target), format: $0.format,
                changed: AtomicFile.differs($0.bytes, from: $0.target))
        }
    }

    /// What a dry run reports: which rubric feeds would change.
    func previewCategories() -> [WrittenFile] {
        categoryFiles.map {
            WrittenFile(path: PathDisplay.relative($0.target), format: $0.format, changed: $0.isChanged)
        }
    }

    /// What a dry run reports: which pages would change, the rubric pages among them.
    func previewPages() -> [WrittenPage] {
        (pages + categoryPages).map {
            WrittenPage(
                path: PathDisplay.relative($0.target), changed: AtomicFile.differs($0.bytes, from: $0.target))
        }
    }
}

/// Temporary files waiting to be renamed over the published ones.
struct StagedFeeds {
    var files: [WrittenFile] = []
    var pages: [WrittenPage] = []
    var categoryFiles: [WrittenFile] = []
    var archive: [WrittenFile] = []
    fileprivate(set) var pending: [(temporary: URL, target: URL)] = []

    /// Stages `bytes` for `target` unless it already holds them; returns whether it changes.
    fileprivate mutating func stage(_ bytes: [UInt8], for target: URL) throws(FeedwrightError) -> Bool {
        AtomicFile.removeStale(for: target)
        guard AtomicFile.differs(bytes, from: target) else { return false }
        try AtomicFile.createParent(of: target)
        pending.append((try AtomicFile.stage(bytes, for: target), target))
        return true
    }

    /// Stages one feed file (main, rubric or archive page) and says how the report shows it.
    fileprivate mutating func stageFile(
        _ bytes: [UInt8], for target: URL, format: FeedFormat
    ) throws(FeedwrightError) -> WrittenFile {
        let changed = try stage(bytes, for: target)
        return WrittenFile(path: PathDisplay.relative(target), format: format, changed: changed)
    }

    fileprivate mutating func stagePage(_ page: RenderedFeeds.Page) throws(FeedwrightError) {
        let changed = try stage(page.bytes, for: page.target)
        pages.append(WrittenPage(path: PathDisplay.relative(page.target), changed: changed))
    }

    /// Renames every staged file over its target.
    mutating func commit() throws(FeedwrightError) {
        while !pending.isEmpty {
            let (temporary, target) = pending[0]
            try AtomicFile.commit(temporary, to: target)
            pending.removeFirst()
        }
    }

    /// Removes the staged files that were not committed.
    mutating func discard() {
        pending.forEach { AtomicFile.discard($0.temporary) }
        pending.removeAll()
    }
}
