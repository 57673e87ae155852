public import Foundation
import GRDB

/// Feedwright's memory between runs: a SQLite database, safe for two processes at once.
///
/// It remembers when each of our own items first appeared, so an item whose source gives
/// no date keeps the same date on every later run, and, for partner sources, the fetch
/// state (validators, failures, back-off), an archive of their items, and the run history.
public final class StateStore: Sendable {
    let database: DatabaseQueue

    /// Opens (creating if needed) the database at `path`, checks that it is intact, and
    /// brings its schema up to date. A damaged file throws a ``StateError`` whose problem
    /// is ``StateError/Problem/corrupt``.
    public init(path: URL) throws(StateError) {
        do {
            try FileManager.default.createDirectory(
                at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StateError(path: path.path, underlying: error)
        }
        do {
            var configuration = Configuration()
            // Another `feedwright build` (cron overlapping a manual run) may hold the lock.
            configuration.busyMode = .timeout(10)
            database = try DatabaseQueue(path: path.path, configuration: configuration)
            try Self.checkIntact(database, path: path)
            try StateSchema.migrator.migrate(database)
        } catch let error as StateError {
            throw error
        } catch {
            throw StateError(path: path.path, underlying: error)
        }
        self.path = path
    }

    /// Where the database lives.
    public let path: URL

    /// `quick_check` reads every page once: a file damaged in the middle, which opens and
    /// answers its first queries, is caught here rather than halfway through a build.
    ///
    /// Except the RFC 5005 archive of the published feed (`feed_archive`) once it has rows:
    /// it only grows, and reading it whole would make every build cost more as the site
    /// ages (60 ms for 100,000 items, most of a build), while a build reads only its end.
    /// The other tables are then checked one by one; the archive's rows can be read back
    /// from the published pages (see docs/archives.md).
    private static func checkIntact(_ database: DatabaseQueue, path: URL) throws {
        let findings = try database.read { db in
            guard try hasArchive(db) else { return try String.fetchAll(db, sql: "PRAGMA quick_check") }
            let tables = try String.fetchAll(
                db,
                sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    + "AND name <> 'feed_archive'")
            let found = try tables.flatMap { table in
                try String.fetchAll(db, sql: "PRAGMA quick_check(\(table.quotedDatabaseIdentifier))")
            }.filter { $0 != "ok" }
            return found.isEmpty ? ["ok"] : found
        }
        guard findings != ["ok"] else { return }
        throw StateError(
            path: path.path, problem: .corrupt, detail: findings.prefix(3).joined(separator: "; "))
    }

    private static func hasArchive(_ db: Database) throws -> Bool {
        guard try db.tableExists("feed_archive") else { return false }
        return try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM feed_archive)") ?? false
    }

    /// The recorded first appearance of `itemID`, if it has appeared before.
    public func firstSeen(itemID: String) throws(StateError) -> Date? {
        try read { db in
            try Double.fetchOne(db, sql: "SELECT first_seen FROM item WHERE id = ?", arguments: [itemID])
                .map(Date.init(timeIntervalSince1970:))
        }
    }

    /// Records the first appearance of `itemID`, unless one is already recorded, and
    /// returns the date that is now on record. Whole seconds only: what we publish has
    /// second precision, so the record must round-trip through the feed exactly.
    @discardableResult
    public func recordFirstSeen(itemID: String, title: String, at date: Date) throws(StateError) -> Date {
        let record = FirstSeenRecord(itemID: itemID, title: title, date: date)
        return try perform { db in
            try Self.insert(record, in: db)
            let stored = try Double.fetchOne(
                db, sql: "SELECT first_seen FROM item WHERE id = ?", arguments: [itemID])
            return stored.map(Date.init(timeIntervalSince1970:)) ?? record.date
        }
    }

    static func insert(_ record: FirstSeenRecord, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO item (id, title, first_seen) VALUES (?, ?, ?)",
            arguments: [record.itemID, record.title, record.date.timeIntervalSince1970])
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

/// The first appearance of one of our own items that has no date of its own.
public struct FirstSeenRecord: Sendable, Equatable {
    /// The item's published id, the record's key.
    public var itemID: String
    /// The title when first seen, so a person reading the database can tell the items apart.
    public var title: String
    /// Whole seconds: what we publish has second precision, so the record must round-trip
    /// through the feed exactly.
    public var date: Date

    /// A record whose date is floored to the whole second.
    public init(itemID: String, title: String, date: Date) {
        self.itemID = itemID
        self.title = title
        self.date = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
