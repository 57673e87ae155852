import Foundation
import GRDB

/// Partner sources: their fetch state and the archive of their items.
extension StateStore {
    /// Every source record, by name.
    public func sourceRecords() throws(StateError) -> [String: SourceRecord] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM source")
            return Dictionary(rows.map { (($0["name"] as String), Self.record($0)) }) { first, _ in first }
        }
    }

    /// Every archived item, grouped by source name.
    public func archivedItems() throws(StateError) -> [String: [ArchivedItem]] {
        try read { db in
            var items: [String: [ArchivedItem]] = [:]
            let cursor = try Row.fetchCursor(
                db, sql: "SELECT source, entry_id, first_seen, instant, payload FROM archive")
            while let row = try cursor.next() {
                let item = ArchivedItem(
                    entryID: row[1], firstSeen: Date(timeIntervalSince1970: row[2]),
                    instant: (row[3] as Double?).map(Date.init(timeIntervalSince1970:)), payload: row[4])
                items[row[0], default: []].append(item)
            }
            return items
        }
    }

    /// Applies a build's changes in one transaction.
    public func apply(_ changes: StateChanges) throws(StateError) {
        if changes.isEmpty {
            guard try hasStagedArchive() else { return }
        }
        try perform { db in
            for record in changes.firstSeen { try Self.insert(record, in: db) }
            for record in changes.categorySlugs { try Self.insert(record, in: db) }
            try Self.append(changes.feedArchive, in: db)
            if let digests = changes.feedArchiveDigests { try Self.replaceDigests(digests, in: db) }
            for name in changes.forgotten {
                try db.execute(sql: "DELETE FROM archive WHERE source = ?", arguments: [name])
            }
            for record in changes.sources { try Self.save(record, in: db) }
            let delete = try db.cachedStatement(sql: "DELETE FROM archive WHERE source = ? AND entry_id = ?")
            for (source, ids) in changes.pruned {
                for id in ids { try delete.execute(arguments: [source, id]) }
            }
            try Self.commitStaged(in: db)
            let insert = try db.cachedStatement(
                sql: "INSERT OR REPLACE INTO archive (source, entry_id, first_seen, instant, payload) "
                    + "VALUES (?, ?, ?, ?, ?)")
            for (source, items) in changes.archived {
                for item in items {
                    try insert.execute(arguments: [
                        source, item.entryID, item.firstSeen.timeIntervalSince1970,
                        item.instant?.timeIntervalSince1970, item.payload,
                    ])
                }
            }
        }
    }

    private static func save(_ record: SourceRecord, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO source (name, url, etag, last_modified, last_status, last_error,
                  last_attempt, last_success, failing_since, next_fetch_after, gone, moved_to,
                  discovered_feed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                record.name, record.url, record.etag, record.lastModified, record.lastStatus,
                record.lastError,
                record.lastAttempt?.timeIntervalSince1970, record.lastSuccess?.timeIntervalSince1970,
                record.failingSince?.timeIntervalSince1970, record.nextFetchAfter?.timeIntervalSince1970,
                record.gone, record.movedTo, record.discoveredFeed,
            ])
    }

    private static func record(_ row: Row) -> SourceRecord {
        func date(_ column: String) -> Date? {
            (row[column] as Double?).map(Date.init(timeIntervalSince1970:))
        }
        return SourceRecord(
            name: row["name"], url: row["url"], etag: row["etag"], lastModified: row["last_modified"],
            lastStatus: row["last_status"], lastError: row["last_error"], lastAttempt: date("last_attempt"),
            lastSuccess: date("last_success"), failingSince: date("failing_since"),
            nextFetchAfter: date("next_fetch_after"), gone: row["gone"], movedTo: row["moved_to"],
            discoveredFeed: row["discovered_feed"])
    }
}
