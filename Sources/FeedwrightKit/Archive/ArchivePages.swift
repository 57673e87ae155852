import FeedModel
import FeedSite
import FeedValidator
import FeedWriter
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The archive pages of a build in the three formats, and the `prev-archive` link of the
/// main feeds. Only the pages a build changes are rendered (see
/// ``ArchivePaging/pagesToRender(before:after:)``), plus closed pages missing on disk,
/// which are found by listing the archive folder once, never by reading a page.
struct ArchivePages {
    var settings: OutputSettings
    var timeZone: TimeZone
    var archive: FeedArchive

    /// One page of one format, rendered and validated.
    struct File {
        var format: FeedFormat
        var page: Int
        var target: URL
        var bytes: [UInt8]
    }

    /// The main feed's links: `prev-archive` to the newest page; `nil` while the archive
    /// is empty.
    func mainHistory(_ format: FeedFormat) -> HistoryLinks? {
        let newest = archive.paging.pageCount(items: archive.count)
        guard newest > 0 else { return nil }
        return HistoryLinks(isArchive: false, prevArchive: url(format, page: newest))
    }

    /// The pages this build writes, each format's pages oldest first; `header` is the
    /// published feed, whose title, links and authors every page repeats. A build that
    /// archives nothing renders nothing but the pages missing on disk: the open page's
    /// items and links are then what they were.
    ///
    /// When the feeds change although nothing is archived, the open page and the one before
    /// are rendered too: a build killed after saving the state but before its renames left
    /// them as they were, and only then do the feeds it did not publish differ. Both come out
    /// of the state with the bytes they should have, so correct pages are left alone.
    func render(header: Feed, feedsChanged: Bool = false) throws(FeedwrightError) -> [File] {
        let paging = archive.paging
        let last = paging.pageCount(items: archive.count)
        guard last > 0 else { return [] }
        var changed =
            archive.count > archive.countBefore
            ? paging.pagesToRender(before: archive.countBefore, after: archive.count) : nil
        if changed == nil, feedsChanged { changed = max(1, last - 1)...last }
        let untouched = (changed?.lowerBound ?? last + 1) - 1
        var files: [File] = []
        let existing = untouched > 0 ? existingNames() : []
        // Each format's names split around the page number once, so that the names of a
        // thousand pages are put together rather than each worked out.
        let affixes = FeedFormat.allCases.map { format in
            let (prefix, suffix) = ArchivePaths.affixes(of: mainFileName(format))
            return (format, prefix, suffix)
        }
        for page in stride(from: 1, through: untouched, by: 1) {
            let number = String(page)
            let missing = affixes.filter { !existing.contains($0.1 + number + $0.2) }.map(\.0)
            if !missing.isEmpty { files += try render(page: page, formats: missing, header: header) }
        }
        if let changed {
            for page in changed {
                files += try render(page: page, formats: FeedFormat.allCases, header: header)
            }
        }
        return files
    }

    private func render(page: Int, formats: [FeedFormat], header: Feed) throws(FeedwrightError) -> [File] {
        var feed = header
        feed.entries = try archive.entries(ofPage: page)
        feed.updated = FeedAssembler.latestChange(feed.entries)
        return try formats.map { format throws(FeedwrightError) in
            let bytes = try render(feed, page: page, as: format)
            try check(bytes, page: page, format: format)
            return File(format: format, page: page, target: target(format, page: page), bytes: bytes)
        }
    }

    private func render(_ feed: Feed, page: Int, as format: FeedFormat) throws(FeedwrightError) -> [UInt8] {
        let pages = archive.paging.pageCount(items: archive.count)
        var context = WriteContext(timeZone: timeZone, selfURL: url(format, page: page))
        context.history = HistoryLinks(
            isArchive: true, current: mainURL(format),
            prevArchive: page > 1 ? url(format, page: page - 1) : nil,
            nextArchive: page < pages ? url(format, page: page + 1) : nil)
        do {
            return try FeedRenderer.render(feed, as: format, context: context)
        } catch {
            throw .render(format: format.rawValue, error)
        }
    }

    /// A page our validator rejects is not published; its items passed the validator when
    /// they were archived, so this is a fault of ours, and the build stops.
    private func check(_ bytes: [UInt8], page: Int, format: FeedFormat) throws(FeedwrightError) {
        let report = Validator.validate(bytes, documentURL: url(format, page: page), maxItems: .max)
        let errors = report.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return }
        let path = PathDisplay.relative(target(format, page: page))
        throw .invalidOutput(
            path: path, findings: errors.prefix(10).map { ValidationRenderer.line($0, path: path) },
            total: errors.count)
    }

    /// The names in the archive folder: one directory read, whatever the number of pages.
    private func existingNames() -> Set<String> {
        guard let directory = opendir(folder.path) else { return [] }
        defer { closedir(directory) }
        var names = Set<String>()
        while let entry = readdir(directory) {
            names.insert(
                withUnsafeBytes(of: entry.pointee.d_name) {
                    String(cString: $0.bindMemory(to: CChar.self).baseAddress!)
                })
        }
        return names
    }

    var folder: URL {
        settings.directory.appendingPathComponent(ArchivePaths.folder, isDirectory: true)
    }

    func target(_ format: FeedFormat, page: Int) -> URL {
        folder.appendingPathComponent(fileName(format, page: page), isDirectory: false)
    }

    func url(_ format: FeedFormat, page: Int) -> String {
        baseURL + ArchivePaths.path(forPage: page, of: mainFileName(format))
    }

    private func mainURL(_ format: FeedFormat) -> String {
        baseURL + mainFileName(format)
    }

    private func fileName(_ format: FeedFormat, page: Int) -> String {
        ArchivePaths.fileName(forPage: page, of: mainFileName(format))
    }

    // The loader requires `output.baseURL` with `output.archive`, ending in `/`.
    private var baseURL: String { settings.baseURL ?? "" }

    private func mainFileName(_ format: FeedFormat) -> String {
        switch format {
        case .rss: settings.rssFileName
        case .atom: settings.atomFileName
        case .json: settings.jsonFileName
        }
    }

    /// Removes this process's staged archive pages, for a signal handler that ends the
    /// process before they were committed.
    static func discardStaged(in directory: URL) {
        let folder = directory.appendingPathComponent(ArchivePaths.folder, isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(".\(getpid()).tmp") {
            AtomicFile.discard(folder.appendingPathComponent(name))
        }
    }
}
