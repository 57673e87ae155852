import Foundation
import Testing

/// Guards the tables themselves: a file that cannot say what it covers, or tables that
/// shrink below what issue 7 asks for, would let the suite pass while checking less.
@Suite("Fixture files")
struct FixtureHygieneTests {
    @Test(
        "every fixture file starts with a # line saying what it covers",
        arguments: ["parse", "next", "never"])
    func headers(table: String) throws {
        let files = try ScheduleFixtures.files(table)
        #expect(!files.isEmpty)
        for url in files {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.hasPrefix("# "), "\(url.lastPathComponent) lacks a header comment")
        }
    }

    @Test("the tables are as large as the issue asks")
    func sizes() throws {
        let parse = try ScheduleFixtures.rows("parse")
        let errors = parse.filter { $0.fields.count > 1 && $0.fields[1].hasPrefix("cron expression \"") }
        #expect(parse.count >= 40)
        #expect(errors.count >= 15)
        #expect(try ScheduleFixtures.rows("next").count >= 60)
    }

    @Test("every macro appears in the parse tables")
    func macros() throws {
        let expressions = Set(try ScheduleFixtures.rows("parse").map { $0.fields[0] })
        for macro in [
            "@reboot", "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly",
        ] {
            #expect(expressions.contains(macro), "\(macro) has no row")
        }
    }
}
