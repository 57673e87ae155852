import Foundation
import Testing

@testable import FeedwrightKit

/// The digests that tell a build which candidates are archived: exact for the ids put in,
/// stable across processes and machines (they are saved), and rebuilt from their bytes.
@Suite("Archive id digests")
struct ArchiveDigestsTests {
    static let ids = (1...1000).map { "tag:news.example.com,2025:item/\($0)" } + ["", "ё", "a\"b"]

    @Test func everyIdPutInIsFoundAndOthersAreNot() {
        let digests = ArchiveDigests(ids: Self.ids)
        #expect(Self.ids.allSatisfy(digests.contains))
        #expect(!digests.contains("tag:news.example.com,2025:item/1001"))
        #expect(!digests.contains("tag:news.example.com,2025:item/0"))
    }

    @Test func insertingKeepsThemSortedAndFindable() {
        var digests = ArchiveDigests(ids: Self.ids.prefix(500))
        digests.insert(Self.ids.dropFirst(500))
        #expect(digests == ArchiveDigests(ids: Self.ids))
        #expect(digests.sorted == digests.sorted.sorted())
    }

    @Test func theSavedBytesReadBackAndRejectAPartialDigest() throws {
        let digests = ArchiveDigests(ids: Self.ids)
        #expect(ArchiveDigests(data: digests.data) == digests)
        #expect(digests.data.count == 8 * Self.ids.count)
        #expect(ArchiveDigests(data: digests.data.dropLast()) == nil)
    }

    @Test(
        "FNV-1a 64, the same on every machine",
        arguments: [("", 0xcbf2_9ce4_8422_2325), ("a", 0xaf63_dc4c_8601_ec8c)])
    func digestIsStable(id: String, digest: UInt64) {
        #expect(ArchiveDigests.digest(id) == digest)
    }
}
