public import Foundation
import GRDB

/// Feedwright's memory between runs: a SQLite database, safe for two processes at once.
///
/// It remembers when each of our own items first appeared, so an item whose source gives
/// no date keeps the same date on every later run, and, for partner sources, the fetch
/// state (validators, failures, back-off) and an archive of their items.
public final class StateStore: Sendable {
    let database: DatabaseQueue

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public init(path: URL) throws(StateError) {
        do {
            try FileManager.default.createDirectory(
                at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            var configuration = Configuration()
            // Another `feedwright build` (cron overlapping a manual run) may hold the lock.
            configuration.busyMode = .timeout(10)
            database = try DatabaseQueue(path: path.path, configuration: configuration)
            try StateSchema.migrator.migrate(database)
        } catch {
            throw StateError(path: path.path, underlying: error)
        }
        self.path = path
    }

    /// Where the database lives.
    public let path: URL

    /// The recorded first appearance of `itemID`, if it has appeared before.
    public func firstSeen(itemID: String) throws(StateError) -> Date? {
        try perform { db in
            try Double.fetchOne(db, sql: "SELECT first_seen FROM item WHERE id = ?", arguments: [itemID])
                .map(Date.init(timeIntervalSince1970:))
        }
    }

    /// Records the first appearance of `itemID`, unless one is already recorded, and
    /// returns the date that is now on record. Whole seconds only: what we publish has
    /// second precision, so the record must round-trip through the feed exactly.
    @discardableResult
    public func recordFirstSeen(itemID: String, title: String, at date: Date) throws(StateError) -> Date {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        return try perform { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO item (id, title, first_seen) VALUES (?, ?, ?)",
                arguments: [itemID, title, seconds])
            let stored = try Double.fetchOne(
                db, sql: "SELECT first_seen FROM item WHERE id = ?", arguments: [itemID])
            return Date(timeIntervalSince1970: stored ?? seconds)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StateError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw StateError(path: path.path, underlying: error)
        }
    }

    func perform<T>(_ body: (Database) throws -> T) throws(StateError) -> T {
        do {
            return try database.write(body)
        } catch {
            throw StateError(path: path.path, underlying: error)
        }
    }
}
