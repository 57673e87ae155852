import FeedModel
import FeedValidator
import FeedWriter
import Foundation

/// Produces the three files in two steps a build can put its state save between:
/// ``render(_:)`` makes and validates every format's bytes in memory, ``stage(_:)`` writes
/// them to temporary siblings of their targets; ``StagedFeeds/commit()`` then renames
/// them into place. Unchanged files are not rewritten.
struct OutputWriter {
    var settings: OutputSettings
    var timeZone: TimeZone

    /// Renders, stages and commits at once (or, with `dryRun`, only says which files would
    /// change), for callers that keep no state.
    func write(_ feed: Feed, dryRun: Bool = false) throws(FeedwrightError) -> [WrittenFile] {
        let rendered = try render(feed)
        if dryRun { return rendered.preview() }
        var staged = try stage(rendered)
        defer { staged.discard() }
        try staged.commit()
        return staged.files
    }

    /// Every format's bytes, each checked by our own validator; nothing on disk changes.
    func render(_ feed: Feed) throws(FeedwrightError) -> RenderedFeeds {
        let rendered = try FeedFormat.allCases.map { format throws(FeedwrightError) in
            RenderedFeeds.File(format: format, target: target(format), bytes: try render(feed, as: format))
        }
        for file in rendered { try checkValid(file.bytes, format: file.format, target: file.target) }
        return RenderedFeeds(files: rendered)
    }

    /// Writes the files that change to temporary siblings of their targets, so that only
    /// renames are left for the commit: a full disk or a read-only folder fails here,
    /// before the state is saved.
    func stage(_ rendered: RenderedFeeds) throws(FeedwrightError) -> StagedFeeds {
        try createDirectory()
        var staged = StagedFeeds()
        for file in rendered.files {
            AtomicFile.removeStale(for: file.target)
            let changed = file.isChanged
            staged.files.append(
                WrittenFile(path: PathDisplay.relative(file.target), format: file.format, changed: changed))
            guard changed else { continue }
            do {
                staged.pending.append((try AtomicFile.stage(file.bytes, for: file.target), file.target))
            } catch {
                staged.discard()
                throw error
            }
        }
        return staged
    }

    /// A feed our own validator rejects is not published: the old file stays, and the
    /// build fails with the findings, so that a bug or a hostile partner item never reaches
    /// readers.
    private func checkValid(_ bytes: [UInt8], format: FeedFormat, target: URL) throws(FeedwrightError) {
        // Every item is checked: the feed is ours, in memory already, and `feed.maxItems` long.
        let report = FeedValidator.validate(bytes, documentURL: selfURL(format), maxItems: .max)
        let errors = report.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return }
        let path = PathDisplay.relative(target)
        let lines = errors.prefix(10).map { ValidationRenderer.line($0, path: path) }
        throw .invalidOutput(path: path, findings: lines, total: errors.count)
    }

    private func render(_ feed: Feed, as format: FeedFormat) throws(FeedwrightError) -> [UInt8] {
        let context = WriteContext(timeZone: timeZone, selfURL: selfURL(format))
        do {
            return try FeedRenderer.render(feed, as: format, context: context)
        } catch {
            throw .render(format: format.rawValue, error)
        }
    }

    private func fileName(_ format: FeedFormat) -> String {
        switch format {
        case .rss: settings.rssFileName
        case .atom: settings.atomFileName
        case .json: settings.jsonFileName
        }
    }

    private func target(_ format: FeedFormat) -> URL {
        settings.directory.appendingPathComponent(fileName(format))
    }

    private func selfURL(_ format: FeedFormat) -> String? {
        guard let base = settings.baseURL else { return nil }
        return (base.hasSuffix("/") ? base : base + "/") + fileName(format)
    }

    private func createDirectory() throws(FeedwrightError) {
        do {
            try FileManager.default.createDirectory(at: settings.directory, withIntermediateDirectories: true)
        } catch {
            throw .io(path: PathDisplay.relative(settings.directory), message: "cannot create: \(error)")
        }
    }
}

/// The three feeds in memory, valid, not yet on disk.
struct RenderedFeeds {
    struct File {
        var format: FeedFormat
        var target: URL
        var bytes: [UInt8]

        /// False when the target already holds exactly these bytes.
        var isChanged: Bool { (try? Data(contentsOf: target)) != Data(bytes) }
    }

    var files: [File]

    /// What a dry run reports: which files would change.
    func preview() -> [WrittenFile] {
        files.map {
            WrittenFile(path: PathDisplay.relative($0.target), format: $0.format, changed: $0.isChanged)
        }
    }
}

/// Temporary files waiting to be renamed over the published ones.
struct StagedFeeds {
    var files: [WrittenFile] = []
    fileprivate(set) var pending: [(temporary: URL, target: URL)] = []

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
