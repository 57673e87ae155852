import FeedState
import Foundation
import Testing

/// The archive rows a build decides on while it reads its sources are staged on the
/// connection and reach the database file only with the build's one save.
@Suite("Staged archive rows")
struct ArchiveStagingTests {
    static let seen = Date(timeIntervalSince1970: 1_780_000_000)

    private func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("staging-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("state.sqlite")
    }

    private func batch(_ rows: [(String, String)], pruning: [(String, String)] = []) -> StagedArchive {
        var batch = StagedArchive()
        batch.inserted = rows.map {
            ($0.0, ArchivedItem(entryID: $0.1, firstSeen: Self.seen, instant: Self.seen))
        }
        batch.pruned = pruning.map { ($0.0, $0.1) }
        return batch
    }

    @Test("staged rows are invisible until apply, then saved with it; pruned rows go")
    func applySavesStaged() throws {
        let path = try scratch()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        let store = try StateStore(path: path)
        try store.stageArchive(batch([("A", "a1"), ("A", "a2"), ("B", "b1")]))
        #expect(try store.archivedItems(of: "A").isEmpty)
        #expect(try StateStore(path: path).archivedSourceNames().isEmpty)
        try store.apply(StateChanges())
        #expect(try store.archivedItems(of: "A").map(\.entryID).sorted() == ["a1", "a2"])
        #expect(try store.archivedSourceNames() == ["A", "B"])
        try store.stageArchive(batch([("B", "b2")], pruning: [("A", "a1")]))
        try store.apply(StateChanges())
        #expect(try store.archivedItems(of: "A").map(\.entryID) == ["a2"])
        #expect(try store.archivedItems(of: "B").map(\.entryID).sorted() == ["b1", "b2"])
    }

    @Test("a store closed before apply leaves nothing staged behind")
    func closedBeforeApply() throws {
        let path = try scratch()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        do {
            let store = try StateStore(path: path)
            try store.stageArchive(batch([("A", "a1")]))
        }
        let reopened = try StateStore(path: path)
        try reopened.apply(StateChanges())
        #expect(try reopened.archivedSourceNames().isEmpty)
    }

    @Test("discarding drops what an unfinished build staged on the same connection")
    func discard() throws {
        let path = try scratch()
        defer { try? FileManager.default.removeItem(at: path.deletingLastPathComponent()) }
        let store = try StateStore(path: path)
        try store.stageArchive(batch([("A", "a1")]))
        try store.discardStagedArchive()
        try store.stageArchive(batch([("A", "a2")]))
        try store.apply(StateChanges())
        #expect(try store.archivedItems(of: "A").map(\.entryID) == ["a2"])
    }
}
