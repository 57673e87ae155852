import FeedTestSupport
import Foundation

/// The dedup tables: every data row of the `.tsv` files in `Fixtures/<directory>`.
enum DedupTables {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func rows(in directory: String) -> [FixtureRow] {
        Fixtures.files(in: fixtures.appendingPathComponent(directory), withExtension: "tsv")
            .flatMap { (try? FixtureRow.rows(of: $0)) ?? [] }
    }
}
