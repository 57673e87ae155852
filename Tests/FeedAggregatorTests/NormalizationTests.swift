import FeedTestSupport
import Testing

@testable import FeedAggregator

/// `ItemKey.normalize` row by row, from `Fixtures/normalize/*.tsv`.
@Suite("Title normalisation")
struct NormalizationTests {
    @Test("the table has rows") func tableIsNotEmpty() {
        #expect(DedupTables.rows(in: "normalize").count >= 25)
    }

    @Test("normalised titles", arguments: DedupTables.rows(in: "normalize"))
    func normalizes(row: FixtureRow) throws {
        let columns = try row.columns(3)
        let normalized = ItemKey.normalize(columns[0])
        // Scalars, not `String` equality, so the test also proves the result is NFC.
        #expect(Array(normalized.unicodeScalars) == Array(columns[1].unicodeScalars), "\(normalized)")
        #expect(ItemKey(title: columns[0]).normalizedTitle == normalized)
    }

    @Test("keys hash and compare by their normalised title")
    func keysCompare() {
        let keys: Set = [
            ItemKey(title: "«Корочка хлеба»"), ItemKey(title: "\"КОРОЧКА ХЛЕБА\""),
            ItemKey(title: "Корочка хлеба!"),
        ]
        #expect(keys.count == 2)
        #expect(ItemKey(title: "Ёлка").description == "елка")
    }
}
