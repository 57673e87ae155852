import FeedTestSupport
import Foundation
import Testing

/// Guards the tables themselves: a fixture that cannot say what it covers, or a directory
/// the glob finds empty, would let a table pass while checking nothing.
@Suite("Fixture files")
struct FixtureHygieneTests {
    @Test(
        "every table starts with a # line saying what it covers",
        arguments: ["dedup", "normalize", "demo", "gate", "discover"])
    func headers(directory: String) throws {
        let files = Fixtures.files(
            in: DedupTables.fixtures.appendingPathComponent(directory), withExtension: "tsv")
        #expect(!files.isEmpty)
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.hasPrefix("# "), "\(url.lastPathComponent) lacks a header comment")
        }
    }
}
