import FeedTestSupport
import Foundation

/// The fixture tables under `Fixtures/<table>/*.tsv`, found by glob so a new case is a new
/// line or a new file, never code.
enum ScheduleFixtures {
    static func directory(_ table: String) throws -> URL {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw FixtureError("the test bundle has no Fixtures directory")
        }
        return root.appendingPathComponent(table)
    }

    static func files(_ table: String) throws -> [URL] {
        Fixtures.files(in: try directory(table), withExtension: "tsv")
    }

    /// The data rows of every table file: `#` lines and blank lines are skipped, fields are
    /// tab-separated and unescaped. Throws rather than returning no rows, because a table
    /// test with no cases would pass while checking nothing.
    static func rows(_ table: String) throws -> [FixtureRow] {
        let files = try files(table)
        guard !files.isEmpty else { throw FixtureError("no .tsv file in Fixtures/\(table)") }
        return try files.flatMap { try FixtureRow.rows(of: $0, label: "\(table)/\($0.lastPathComponent)") }
    }

    /// Rows for `@Test(arguments:)`, which cannot throw: a broken table becomes one row
    /// whose test fails with the reason.
    static func arguments(_ table: String) -> [FixtureRow] {
        do {
            return try rows(table)
        } catch {
            return [FixtureRow(file: "Fixtures/\(table)", line: 0, fields: ["\(error)"])]
        }
    }
}
