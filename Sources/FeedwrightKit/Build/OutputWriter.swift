import FeedModel
import FeedValidator
import FeedWriter
import Foundation

/// Renders the feed in every format, then replaces the files: all bytes are produced
/// before the first file is touched, and unchanged files are not rewritten.
struct OutputWriter {
    var settings: OutputSettings
    var timeZone: TimeZone
    /// The config file as the user named it, for messages about `output.directory`.
    var configName = "config.json"

    /// The feed as it will be published, rendered in every format and validated.
    struct Prepared {
        var feed: Feed
        var rendered: [(format: FeedFormat, target: URL, bytes: [UInt8])]
        /// Partner items left out because our validator rejects them.
        var warnings: [BuildWarning] = []
    }

    /// With `dryRun`, only says which files would change.
    func write(_ feed: Feed, dryRun: Bool = false) throws(FeedwrightError) -> [WrittenFile] {
        try write(try prepare(feed), dryRun: dryRun)
    }

    /// Renders and validates `feed`. When our validator rejects the output, the partner
    /// items that cause it are left out (see ``PartnerItemTriage``); a feed that still
    /// fails, or fails through the site's own items, is not published.
    func prepare(_ feed: Feed) throws(FeedwrightError) -> Prepared {
        let prepared = Prepared(feed: feed, rendered: try renderAll(feed))
        guard let failure = firstFailure(prepared) else { return prepared }
        guard let triaged = try PartnerItemTriage(writer: self).leaveOutRejected(feed) else { throw failure }
        let retried = Prepared(
            feed: triaged.feed, rendered: try renderAll(triaged.feed), warnings: triaged.warnings)
        if let failure = firstFailure(retried) { throw failure }
        return retried
    }

    /// Replaces the files with the prepared bytes; with `dryRun`, only says which would change.
    func write(_ prepared: Prepared, dryRun: Bool = false) throws(FeedwrightError) -> [WrittenFile] {
        let rendered = prepared.rendered
        if dryRun {
            return rendered.map { format, target, bytes in
                let changed = (try? Data(contentsOf: target)) != Data(bytes)
                return WrittenFile(path: PathDisplay.relative(target), format: format, changed: changed)
            }
        }
        try createDirectory()
        var staged: [(URL, URL)] = []
        defer { staged.forEach { AtomicFile.discard($0.0) } }
        var files: [WrittenFile] = []
        for (format, target, bytes) in rendered {
            AtomicFile.removeStale(for: target)
            let changed = (try? Data(contentsOf: target)) != Data(bytes)
            files.append(WrittenFile(path: PathDisplay.relative(target), format: format, changed: changed))
            if changed { staged.append((try AtomicFile.stage(bytes, for: target), target)) }
        }
        for (temporary, target) in staged { try AtomicFile.commit(temporary, to: target) }
        staged.removeAll()
        return files
    }

    func renderAll(_ feed: Feed) throws(FeedwrightError) -> [(
        format: FeedFormat, target: URL, bytes: [UInt8]
    )] {
        try FeedFormat.allCases.map { format throws(FeedwrightError) in
            (format, target(format), try render(feed, as: format))
        }
    }

    /// A feed our own validator rejects is not published: the old file stays, and the
    /// build fails with the findings, so that a bug never reaches readers.
    private func firstFailure(_ prepared: Prepared) -> FeedwrightError? {
        for (format, target, bytes) in prepared.rendered {
            let errors = validationErrors(bytes, format: format)
            guard !errors.isEmpty else { continue }
            let path = PathDisplay.relative(target)
            let lines = errors.prefix(10).map { ValidationRenderer.line($0, path: path) }
            return .invalidOutput(path: path, findings: lines, total: errors.count)
        }
        return nil
    }

    /// The errors our validator finds in `bytes`, rendered as `format`.
    func validationErrors(_ bytes: [UInt8], format: FeedFormat) -> [ValidationDiagnostic] {
        // Every item is checked: the feed is ours, in memory already, and `feed.maxItems` long.
        let report = FeedValidator.validate(bytes, documentURL: selfURL(format), maxItems: .max)
        return report.diagnostics.filter { $0.severity == .error }
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

    func target(_ format: FeedFormat) -> URL {
        settings.directory.appendingPathComponent(fileName(format))
    }

    private func selfURL(_ format: FeedFormat) -> String? {
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
