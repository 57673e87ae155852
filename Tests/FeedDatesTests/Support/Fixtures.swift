import FeedTestSupport
import Foundation

/// Finds fixture tables on disk by glob, so a new case is a new line or a new file, never code.
enum Fixtures {
    static func directory() throws -> URL {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw FixtureError("the test bundle has no Fixtures directory")
        }
        return url
    }

    /// Every fixture file except hidden ones (editor and Finder litter), sorted so test order
    /// is stable.
    static func allFiles() throws -> [URL] {
        let directory = try directory()
        return try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { !$0.hasPrefix(".") }
            .sorted()
            .map { directory.appendingPathComponent($0) }
    }

    /// Files whose names match `pattern`, where `*` stands for any run of characters
    /// (`rfc822*.tsv` also picks up `rfc822-regressions.tsv`).
    static func files(matching pattern: String) throws -> [URL] {
        try allFiles().filter { glob(pattern, matches: $0.lastPathComponent) }
    }

    /// The data rows of every file matching `pattern`: `#` lines and blank lines are skipped,
    /// fields are tab-separated and unescaped. Throws rather than returning no rows, because
    /// a table test with no cases would pass while checking nothing.
    static func rows(_ pattern: String) throws -> [FixtureRow] {
        let files = try files(matching: pattern)
        guard !files.isEmpty else { throw FixtureError("no fixture file matches \(pattern)") }
        return try files.flatMap { try FixtureRow.rows(of: $0) }
    }

    /// A glob with `*` only, which is all fixture names need.
    static func glob(_ pattern: String, matches name: String) -> Bool {
        let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false)
        guard pieces.count > 1 else { return pattern == name }
        guard name.hasPrefix(pieces[0]) else { return false }
        var remainder = name.dropFirst(pieces[0].count)
        for piece in pieces.dropFirst().dropLast() {
            guard let range = remainder.range(of: piece) else { return false }
            remainder = remainder[range.upperBound...]
        }
        let last = pieces[pieces.count - 1]
        return remainder.count >= last.count && remainder.hasSuffix(last)
    }
}
