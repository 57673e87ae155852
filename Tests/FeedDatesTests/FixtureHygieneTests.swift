import Foundation
import Testing

/// Guards the table tests themselves: a fixture that cannot say what it covers, or a glob that
/// matches nothing, would let a table pass while checking nothing.
@Suite("Fixture files")
struct FixtureHygieneTests {
    @Test("every fixture file starts with a # line saying what it covers")
    func headers() throws {
        let files = try Fixtures.allFiles()
        #expect(files.count >= 7)
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.hasPrefix("# "), "\(url.lastPathComponent) lacks a header comment")
        }
    }

    @Test("every fixture file is read by some table test")
    func everyFileIsUsed() throws {
        let patterns = [
            "zone-conversions*.tsv", "rfc822*.tsv", "rfc3339-format*.tsv", "rfc3339-parse*.tsv",
            "dotted*.tsv", "seed-lines*.tsv", "civil-validation*.tsv", "lenient-*.tsv",
        ]
        for url in try Fixtures.allFiles() {
            let name = url.lastPathComponent
            #expect(patterns.contains { Fixtures.glob($0, matches: name) }, "\(name) is never read")
        }
    }

    @Test(
        "glob matching",
        arguments: [
            ("rfc822*.tsv", "rfc822.tsv", true),
            ("rfc822*.tsv", "rfc822-regressions.tsv", true),
            ("rfc822*.tsv", "rfc822.tsv.bak", false),
            ("dotted.tsv", "dotted-prefix.tsv", false),
            ("*", ".hidden", true),
            ("a*b*c", "abc", true),
            ("a*b*c", "acb", false),
        ]
    )
    func glob(pattern: String, name: String, matches: Bool) {
        #expect(Fixtures.glob(pattern, matches: name) == matches)
    }
}
