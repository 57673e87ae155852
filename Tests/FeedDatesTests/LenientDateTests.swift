import FeedDates
import FeedTestSupport
import Foundation
import Testing

@Suite("Lenient feed dates")
struct LenientDateTests {
    @Test("lenient fixtures", arguments: try Fixtures.rows(LenientTestParsing.pattern))
    func parse(row: FixtureRow) throws {
        let columns = try row.columns(7)
        let zone = try TestParsing.zone(columns[1])

        let result = LenientDate.parse(columns[0], defaultZone: zone)

        guard columns[2] != "nil" else {
            #expect(result == nil, "read as \(String(describing: result))")
            #expect(columns[3...5] == ["-", "-", "-"], "a rejected row expects nothing else")
            return
        }
        let parsed = try #require(result)
        let expected = try #require(RFC3339.parse(columns[2]), "fixture instant \(columns[2])")
        let shown = FeedDateFormat.rfc3339(parsed.date, in: try TestParsing.zone("UTC"))
        // A microsecond covers Double rounding of fractions.
        #expect(abs(parsed.date.timeIntervalSince(expected)) < 1e-6, "got \(shown)")
        #expect(parsed.form == (try LenientTestParsing.form(columns[3])))
        #expect(parsed.zoneWasAssumed == (try TestParsing.flag(columns[4])))
        #expect(parsed.repairs == (try LenientTestParsing.repairs(columns[5])))
    }

    @Test("the tables cover every form, every repair, both zone cases and enough rejections")
    func coverage() throws {
        let rows = try Fixtures.rows(LenientTestParsing.pattern).map { try $0.columns(7) }
        let accepted = rows.filter { $0[2] != "nil" }
        let forms = Set(try accepted.map { try LenientTestParsing.form($0[3]) })
        let repairs = try accepted.reduce(into: LenientDate.Repairs()) {
            $0.formUnion(try LenientTestParsing.repairs($1[5]))
        }
        #expect(rows.count >= 150)
        #expect(rows.count - accepted.count >= 50, "rejections")
        #expect(forms == Set(LenientDate.Form.allCases))
        #expect(Array(repairs) == LenientDate.Repair.allCases)
        #expect(Set(accepted.map { $0[4] }) == ["yes", "no"])
    }

    @Test("every form's rows hold dates read in a default zone and dates naming their own")
    func zoneAssumptionPerForm() throws {
        let rows = try Fixtures.rows(LenientTestParsing.pattern).map { try $0.columns(7) }
        for form in LenientDate.Form.allCases where ![.rfc3339, .unixEpoch].contains(form) {
            let flags = Set(rows.filter { $0[3] == form.rawValue }.map { $0[4] })
            #expect(flags == ["yes", "no"], "\(form)")
        }
    }
}
