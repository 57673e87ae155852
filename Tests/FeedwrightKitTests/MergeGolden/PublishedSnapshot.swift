import FeedModel
import FeedTestSupport
import FeedwrightKit
import Foundation
import Testing

/// Every file a build published, and its report, compared with the goldens committed under
/// `Goldens/merge/<case>/<build>/`: the three main feeds and the JSON report byte for byte,
/// and every file of the output directory (rubric feeds, pages, archive pages, the main feeds
/// again) by name, size and FNV-1a digest in `manifest.tsv`, which also pins the set of files.
///
/// Two things in the output depend on where the test runs, not on the merge, and are
/// neutralised before comparing: the site's temporary directory (in file paths and `file:`
/// URLs) becomes `/site`, and each source's `seconds` in the report becomes 0.
///
/// `RECORD_GOLDENS=1 swift test --filter MergeGoldenTests` rewrites the goldens from the
/// code as it is (and fails, as ``Golden`` does, so that a second run checks them).
struct PublishedSnapshot {
    static let goldens = Fixtures.sourceDirectory().deletingLastPathComponent()
        .appendingPathComponent("Goldens/merge")
    static let mainFeeds = ["rss.xml", "atom.xml", "feed.json"]
    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

    let site: URL
    let output: URL

    /// The files `output` holds now and the JSON of `report`, with the site's directory
    /// replaced.
    func files(report: BuildReport) throws -> [(name: String, bytes: [UInt8])] {
        var neutral = report
        for index in neutral.sources.indices { neutral.sources[index].seconds = 0 }
        let json = Array((BuildReportJSON.render(neutral, dryRun: false) + "\n").utf8)
        var files = [(name: "report.json", bytes: neutralised(json))]
        var manifest = ""
        for path in try publishedPaths() {
            let bytes = neutralised(Array(try Data(contentsOf: output.appendingPathComponent(path))))
            var digest = StableDigest()
            digest.add(bytes: bytes)
            manifest += "\(digest.hex)\t\(bytes.count)\t\(path)\n"
            if Self.mainFeeds.contains(path) { files.append((path, bytes)) }
        }
        files.append(("manifest.tsv", Array(manifest.utf8)))
        return files
    }

    /// Compares (or records) the build's files with the goldens in `directory`; returns what
    /// differs, one line per file, empty when everything matches.
    func check(report: BuildReport, against directory: URL) throws -> [String] {
        let files = try files(report: report)
        if Self.recording {
            try? FileManager.default.removeItem(at: directory)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for file in files { try Data(file.bytes).write(to: directory.appendingPathComponent(file.name)) }
            Issue.record("recorded the goldens in \(directory.path); run again without RECORD_GOLDENS")
            return []
        }
        return files.compactMap { file in
            let golden = directory.appendingPathComponent(file.name)
            guard let expected = try? Array(Data(contentsOf: golden)) else {
                return "\(golden.path) is missing: record it with RECORD_GOLDENS=1"
            }
            if file.name == "manifest.tsv" {
                return ManifestDifference.describe(expected, file.bytes).map { "\(golden.path): \($0)" }
            }
            return expected == file.bytes ? nil : ByteDifference.describe(golden, expected, file.bytes)
        }
    }

    /// The output directory's files, relative to it, sorted: every file, temporary leftovers
    /// included, so that an extra or a missing file is a difference too.
    private func publishedPaths() throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: output.path) else {
            throw FixtureError("\(output.path) cannot be listed")
        }
        var paths: [String] = []
        while let path = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = output.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue
            {
                paths.append(path)
            }
        }
        return paths.sorted()
    }

    /// `bytes` with every occurrence of the site's directory replaced by `/site`.
    private func neutralised(_ bytes: [UInt8]) -> [UInt8] {
        let needle = Array(site.standardizedFileURL.path.utf8)
        let replacement = Array("/site".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == needle[0], bytes.count - index >= needle.count,
                bytes[index..<index + needle.count].elementsEqual(needle)
            {
                result += replacement
                index += needle.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }
}

/// Where a file and its golden first differ, with a line of context from each.
enum ByteDifference {
    static func describe(_ golden: URL, _ expected: [UInt8], _ actual: [UInt8]) -> String {
        let offset =
            zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expected.count, actual.count)
        return "\(golden.path) differs at byte \(offset) (golden \(expected.count) bytes, built "
            + "\(actual.count)):\n  golden: \(line(expected, at: offset))\n  built:  \(line(actual, at: offset))"
    }

    private static func line(_ bytes: [UInt8], at offset: Int) -> String {
        let start = bytes[..<min(offset, bytes.count)].lastIndex(of: 10).map { $0 + 1 } ?? 0
        let end = bytes[min(offset, bytes.count)...].firstIndex(of: 10) ?? bytes.count
        return String(decoding: bytes[start..<min(end, start + 300)], as: UTF8.self)
    }
}

/// The manifest lines that differ: files missing, extra, or with other bytes.
enum ManifestDifference {
    static func describe(_ expected: [UInt8], _ actual: [UInt8]) -> String? {
        let golden = entries(expected)
        let built = entries(actual)
        var lines: [String] = []
        for path in Set(golden.keys).union(built.keys).sorted() where golden[path] != built[path] {
            lines.append("  \(path): golden \(golden[path] ?? "absent"), built \(built[path] ?? "absent")")
        }
        guard !lines.isEmpty else { return nil }
        let shown = lines.prefix(20).joined(separator: "\n")
        return "\(lines.count) files differ\n\(shown)" + (lines.count > 20 ? "\n  …" : "")
    }

    /// Path → "digest size".
    private static func entries(_ bytes: [UInt8]) -> [String: String] {
        var entries: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 2)
            guard fields.count == 3 else { continue }
            entries[String(fields[2])] = "\(fields[0]) \(fields[1])"
        }
        return entries
    }
}
