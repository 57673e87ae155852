import FeedDates
import FeedTestSupport
import Foundation

/// Readers for the lenient fixtures' form and repair columns, by the names the fixtures use.
enum LenientTestParsing {
    static let pattern = "lenient-*.tsv"

    static func form(_ text: String) throws -> LenientDate.Form {
        guard let form = LenientDate.Form(rawValue: text) else { throw FixtureError("unknown form \(text)") }
        return form
    }

    /// `-` for none, else comma-separated case names in any order.
    static func repairs(_ text: String) throws -> LenientDate.Repairs {
        var repairs = LenientDate.Repairs()
        guard text != "-" else { return repairs }
        for name in text.split(separator: ",") {
            guard let repair = LenientDate.Repair.allCases.first(where: { String(describing: $0) == name })
            else {
                throw FixtureError("unknown repair \(name)")
            }
            repairs.insert(repair)
        }
        return repairs
    }

    /// The parsed rows that expect a date, with what they expect.
    static func acceptedRows() throws -> [(row: FixtureRow, zone: TimeZone, form: LenientDate.Form)] {
        try Fixtures.rows(pattern).compactMap { row in
            let columns = try row.columns(7)
            guard columns[2] != "nil" else { return nil }
            return (row, try TestParsing.zone(columns[1]), try form(columns[3]))
        }
    }
}
