import Foundation
import GRDB

/// The archive of a large build, read and written one source at a time.
///
/// A build decides on its new and pruned archive rows while it reads the sources, long
/// before it knows whether it will publish; holding them until then cost memory in
/// proportion to every item read. They are staged instead, in batches, in TEMP tables of
/// this connection: nothing reaches the database file until ``apply(_:)`` moves them in the
/// same transaction as the rest of the build's changes, and a build that is killed or fails
/// leaves no trace, since TEMP tables vanish with the connection.
extension StateStore {
    /// One source's archived items.
    public func archivedItems(of source: String) throws(StateError) -> [ArchivedItem] {
        // One statement, so SQLite's own statement transaction isolates it; a read
        // transaction and a fresh statement per source cost more than the rows at 100,000
        // sources.
        try readStatement { db in
            let statement = try db.cachedStatement(
                sql: "SELECT entry_id, first_seen, instant, payload FROM archive WHERE source = ?")
            let rows = try Row.fetchCursor(statement, arguments: [source])
            var items: [ArchivedItem] = []
            while let row = try rows.next() {
                items.append(
                    ArchivedItem(
                        entryID: row[0], firstSeen: Date(timeIntervalSince1970: row[1]),
                        instant: (row[2] as Double?).map(Date.init(timeIntervalSince1970:)), payload: row[3]))
            }
            return items
        }
    }

    /// The names of the sources that have archived items, one index seek each rather than a
    /// read of every row.
    public func archivedSourceNames() throws(StateError) -> Set<String> {
        try read { db in
            Set(
                try String.fetchAll(
                    db,
                    sql: """
                        WITH RECURSIVE names(name) AS (
                          SELECT MIN(source) FROM archive
                          UNION ALL
                          SELECT (SELECT MIN(source) FROM archive WHERE source > names.name) FROM names
                          WHERE names.name IS NOT NULL)
                        SELECT name FROM names WHERE name IS NOT NULL
                        """))
        }
    }

    /// Stages new archive rows and pruned ids of some sources, to be saved by the next
    /// ``apply(_:)`` or dropped by ``discardStagedArchive()``.
    public func stageArchive(_ batch: StagedArchive) throws(StateError) {
        guard !batch.isEmpty else { return }
        try writeTemporary { db in
            try Self.createStagingTables(db)
            let insert = try db.cachedStatement(
                sql:
                    "INSERT INTO temp.staged_archive (source, entry_id, first_seen, instant) VALUES (?, ?, ?, ?)"
            )
            for (source, item) in batch.inserted {
                try insert.execute(arguments: [
                    source, item.entryID, item.firstSeen.timeIntervalSince1970,
                    item.instant?.timeIntervalSince1970,
                ])
            }
            let prune = try db.cachedStatement(
                sql: "INSERT INTO temp.staged_prune (source, entry_id) VALUES (?, ?)")
            for (source, id) in batch.pruned { try prune.execute(arguments: [source, id]) }
        }
    }

    /// Drops what an earlier, unfinished build of this connection staged.
    public func discardStagedArchive() throws(StateError) {
        try writeTemporary { db in
            try Self.createStagingTables(db)
            try db.execute(sql: "DELETE FROM temp.staged_archive; DELETE FROM temp.staged_prune")
        }
    }

    /// Moves the staged rows into the archive, inside `apply`'s transaction: pruned rows
    /// first, then new ones (a source's new and pruned ids never overlap).
    static func commitStaged(in db: Database) throws {
        guard try db.tableExists("staged_archive", in: "temp") else { return }
        // One key lookup per pruned row: a join could scan the whole archive instead.
        let delete = try db.cachedStatement(sql: "DELETE FROM archive WHERE source = ? AND entry_id = ?")
        let pruned = try Row.fetchCursor(db, sql: "SELECT source, entry_id FROM temp.staged_prune")
        while let row = try pruned.next() {
            try delete.execute(arguments: [row[0] as String, row[1] as String])
        }
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO archive (source, entry_id, first_seen, instant, payload)
                  SELECT source, entry_id, first_seen, instant, NULL FROM temp.staged_archive;
                DELETE FROM temp.staged_archive;
                DELETE FROM temp.staged_prune;
                """)
    }

    /// Whether rows are staged, so that `apply` runs even when a build changes nothing else.
    func hasStagedArchive() throws(StateError) -> Bool {
        try writeTemporary { db in
            guard try db.tableExists("staged_archive", in: "temp") else { return false }
            return try Bool.fetchOne(
                db,
                sql:
                    "SELECT EXISTS (SELECT 1 FROM temp.staged_archive) OR EXISTS (SELECT 1 FROM temp.staged_prune)"
            )
                ?? false
        }
    }

    private static func createStagingTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TEMP TABLE IF NOT EXISTS staged_archive (
                  source TEXT NOT NULL, entry_id TEXT NOT NULL, first_seen DOUBLE NOT NULL, instant DOUBLE);
                CREATE TEMP TABLE IF NOT EXISTS staged_prune (source TEXT NOT NULL, entry_id TEXT NOT NULL);
                """)
    }

    private func readStatement<T>(_ body: (Database) throws -> T) throws(StateError) -> T {
        do {
            return try database.unsafeRead(body)
        } catch {
            throw StateError(path: path.path, underlying: error)
        }
    }

    /// TEMP tables only: a write to the connection, never to the database file.
    private func writeTemporary<T>(_ body: (Database) throws -> T) throws(StateError) -> T {
        do {
            return try database.writeWithoutTransaction(body)
        } catch {
            throw StateError(path: path.path, underlying: error)
        }
    }
}

/// A batch of archive changes decided while sources are read (see ``StateStore/stageArchive(_:)``).
public struct StagedArchive: Sendable {
    /// New rows: (source name, row).
    public var inserted: [(source: String, item: ArchivedItem)] = []
    /// Rows to delete: (source name, entry id).
    public var pruned: [(source: String, id: String)] = []

    /// An empty batch.
    public init() {}

    /// Whether there is nothing in it.
    public var isEmpty: Bool { inserted.isEmpty && pruned.isEmpty }

    /// How many rows it holds.
    public var count: Int { inserted.count + pruned.count }
}
