import Foundation
import Testing

@testable import FeedwrightKit

/// A corrupt database goes aside with the journal files SQLite left beside it, under a
/// name that says when, and never over an earlier one.
@Suite struct CorruptStateFileTests {
    @Test func theDatabaseAndItsCompanionsMoveTogether() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aside-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("state.sqlite")
        for name in ["state.sqlite", "state.sqlite-journal", "state.sqlite-shm"] {
            try Data(name.utf8).write(to: folder.appendingPathComponent(name))
        }
        let when = Date(timeIntervalSince1970: 1_796_467_500)
        let moved = try CorruptStateFile.moveAside(database, at: when)
        #expect(moved.lastPathComponent == "state.sqlite.corrupt-20261205T104500Z")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(
            names == [
                "state.sqlite.corrupt-20261205T104500Z", "state.sqlite.corrupt-20261205T104500Z-journal",
                "state.sqlite.corrupt-20261205T104500Z-shm",
            ])
        #expect(try Data(contentsOf: moved) == Data("state.sqlite".utf8))
    }

    @Test func aSecondDatabaseInTheSameSecondGetsItsOwnName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aside-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("state.sqlite")
        let when = Date(timeIntervalSince1970: 1_796_467_500)
        try Data("first".utf8).write(to: database)
        _ = try CorruptStateFile.moveAside(database, at: when)
        try Data("second".utf8).write(to: database)
        let second = try CorruptStateFile.moveAside(database, at: when)
        #expect(second.lastPathComponent == "state.sqlite.corrupt-20261205T104500Z-2")
        #expect(try Data(contentsOf: second) == Data("second".utf8))
    }
}
