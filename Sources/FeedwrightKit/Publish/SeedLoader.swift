import FeedAggregator
import FeedModel
import FeedSeed
import Foundation

/// Reads every `*.txt` seed file of the configured directory, in file-name order.
struct SeedLoader {
    var settings: SeedSettings
    var configFile: String
    var importer: SeedImporter
    /// `dedup.window`: how far apart one headline's times on two snapshots may be.
    var window: TimeInterval
    /// `limits.titleLength`: a longer seed title is cut, with a warning.
    var titleLength: Int

    struct Loaded {
        var entries: [Entry]
        var blockTitle: String?
        /// Where each entry came from, for messages that must name the file and line.
        var locations: [String: String]
        /// Titles cut to `limits.titleLength`, by file and line.
        var warnings: [BuildWarning] = []
        /// Headlines of earlier pages replaced by a later snapshot's.
        var notes: [BuildNote] = []
    }

    func load() throws(FeedwrightError) -> Loaded {
        var snapshots = SeedSnapshots(window: window)
        var blockTitle: String?
        var warnings: [BuildWarning] = []
        for (number, file) in try seedFiles().enumerated() {
            let page = try parse(file)
            blockTitle = blockTitle ?? page.blockTitle
            let lines = page.headlines.map(\.line) + (page.article.map { [$0.line] } ?? [])
            let display = displayPath(file)
            let entries = zip(importer.entries(from: page), lines).map { entry, line in
                cutTitle(entry, at: "\(display):\(line)", warnings: &warnings)
            }
            snapshots.add(entries, lines: lines, file: display, page: number)
        }
        return Loaded(
            entries: snapshots.entries, blockTitle: blockTitle, locations: snapshots.locations,
            warnings: warnings, notes: snapshots.replacements)
    }

    /// The same rule as for partner items: a title past the limit is cut at a character
    /// boundary and ends with "…". The id was derived before, so it does not change.
    private func cutTitle(_ entry: Entry, at location: String, warnings: inout [BuildWarning]) -> Entry {
        guard let cut = TextCut.title(entry.title, limit: titleLength) else { return entry }
        var entry = entry
        warnings.append(
            BuildWarning(
                location: location,
                message: "title \"\(TextCut.title(entry.title, limit: 80) ?? entry.title)\" has "
                    + "\(entry.title.count) characters; cut to \(titleLength) (limits.titleLength)"))
        entry.title = cut
        return entry
    }

    private func seedFiles() throws(FeedwrightError) -> [URL] {
        let directory = settings.directory
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw .setting(
                file: configFile, keyPath: "seeds.directory",
                message: "seed directory \"\(displayPath(directory))\" does not exist")
        }
        do {
            return try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "txt" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw .setting(
                file: configFile, keyPath: "seeds.directory", message: "cannot list: \(FileProblem(error))")
        }
    }

    private func parse(_ file: URL) throws(FeedwrightError) -> SeedPage {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: file))
        } catch {
            throw .io(
                path: displayPath(file), message: "cannot read seed file: \(FileProblem(error))")
        }
        do {
            return try SeedParser.parse(bytes, file: displayPath(file))
        } catch {
            throw .seed(error)
        }
    }

    /// Paths in messages are relative to the working directory when they lie below it.
    private func displayPath(_ file: URL) -> String {
        PathDisplay.relative(file)
    }
}
