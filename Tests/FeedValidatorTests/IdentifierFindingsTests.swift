import FeedTestSupport
import FeedValidator
import Foundation
import Testing

/// Every id in `Tables/atom-ids.json` against its findings in `atom-ids.expected.tsv`:
/// the URI, tag, URN and UUID checks work on bytes for speed, and this table pins what they
/// decide (canonical hosts and ports, percent escapes, NIDs, tag dates, full-width digits).
/// `RECORD_GOLDENS=1` rewrites the table (and fails, to say so).
@Suite("Identifier findings table")
struct IdentifierFindingsTests {
    static let directory = Fixtures.sourceDirectory().appendingPathComponent("Tables")

    @Test func everyIdHasTheFindingsOfTheTable() throws {
        let ids = try JSONDecoder().decode(
            [String].self, from: Data(contentsOf: Self.directory.appendingPathComponent("atom-ids.json")))
        let lines = ids.map { id in
            "\(id)\t\(AtomIDCheck.findings(id).map(\.rawValue).joined(separator: ","))"
        }
        let table = lines.joined(separator: "\n") + "\n"
        let expected = Self.directory.appendingPathComponent("atom-ids.expected.tsv")
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil {
            try Data(table.utf8).write(to: expected)
            Issue.record("recorded \(expected.lastPathComponent)")
            return
        }
        let recorded = try String(contentsOf: expected, encoding: .utf8)
        for (line, want) in zip(lines, recorded.split(separator: "\n", omittingEmptySubsequences: false)) {
            #expect(line == want)
        }
        #expect(lines.count + 1 == recorded.split(separator: "\n", omittingEmptySubsequences: false).count)
    }
}
