import FeedAggregator
import FeedModel
import FeedSeed
import Foundation

/// Reads every `*.txt` seed file of the configured directory, in file-name order.
struct SeedLoader {
    var settings: SeedSettings
    var configFile: String
    var importer: SeedImporter
    /// `limits.titleLength`: a longer seed title is cut, with a warning.
    var titleLength: Int

    struct Loaded {
        var entries: [Entry]
        var blockTitle: String?
        /// Where each entry came from, for messages that must name the file and line.
        var locations: [String: String]
        /// Titles cut to `limits.titleLength`, by file and line.
        var warnings: [BuildWarning]
    }

    func load() throws(FeedwrightError) -> Loaded {
        var loaded = Loaded(entries: [], blockTitle: nil, locations: [:], warnings: [])
        for file in try seedFiles() {
            let page = try parse(file)
            loaded.blockTitle = loaded.blockTitle ?? page.blockTitle
            add(importer.entries(from: page), of: page, file: displayPath(file), to: &loaded)
        }
        return loaded
    }

    private func add(_ entries: [Entry], of page: SeedPage, file: String, to loaded: inout Loaded) {
        let lines = page.headlines.map(\.line) + (page.article.map { [$0.line] } ?? [])
        // The same headline on two snapshots of a page is one item: keep the first.
        for (entry, line) in zip(entries, lines) where loaded.locations[entry.id] == nil {
            let location = "\(file):\(line)"
            loaded.entries.append(cutTitle(entry, at: location, warnings: &loaded.warnings))
            loaded.locations[entry.id] = location
        }
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
            throw .setting(file: configFile, keyPath: "seeds.directory", message: "cannot list: \(error)")
        }
    }

    private func parse(_ file: URL) throws(FeedwrightError) -> SeedPage {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: file))
        } catch {
            throw .io(
                path: displayPath(file), message: "cannot read seed file: \(error.localizedDescription)")
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
