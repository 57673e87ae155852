public import Foundation
import GRDB

/// One item of the published feed's archive (RFC 5005): where it stands and what it was
/// when it left the feed.
public struct FeedArchiveRow: Sendable, Equatable {
    /// The item's place in the archive, 1 for the first item that ever left the feed.
    public var position: Int
    /// The entry's id, which is in the archive at most once.
    public var entryID: String
    /// The encoded entry, as it was published when it left the feed.
    public var payload: Data

    /// A row at `position`.
    public init(position: Int, entryID: String, payload: Data) {
        self.position = position
        self.entryID = entryID
        self.payload = payload
    }
}

/// The published feed's archive: rows are only ever appended, never changed, so that an
/// archive page, once closed, has the same items for good.
extension StateStore {
    /// How many items the archive holds, which is also the position of the last one.
    /// Asked as the largest position (positions run from 1 without gaps): one look at the
    /// end of the table, where `COUNT(*)` would read all of it.
    public func feedArchiveCount() throws(StateError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT MAX(position) FROM feed_archive") ?? 0 }
    }

    /// The digests of the archived ids as the build that archived last saved them: opaque
    /// bytes for the caller, which made them; `nil` before the first.
    public func feedArchiveDigests() throws(StateError) -> Data? {
        try read { db in
            try Data.fetchOne(db, sql: "SELECT digests FROM feed_archive_digests WHERE singleton = 1")
        }
    }

    /// Every archived id in position order: a whole read of the archive, for rebuilding the
    /// digests when they do not match it.
    public func feedArchiveIDs() throws(StateError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT entry_id FROM feed_archive ORDER BY position") }
    }

    static func replaceDigests(_ digests: Data, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO feed_archive_digests (singleton, digests) VALUES (1, ?)",
            arguments: [digests])
    }

    /// The rows whose positions are in `positions`, in position order.
    public func feedArchiveRows(_ positions: ClosedRange<Int>) throws(StateError) -> [FeedArchiveRow] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT position, entry_id, payload FROM feed_archive "
                    + "WHERE position BETWEEN ? AND ? ORDER BY position",
                arguments: [positions.lowerBound, positions.upperBound]
            ).map { FeedArchiveRow(position: $0[0], entryID: $0[1], payload: $0[2]) }
        }
    }

    /// Appends `rows`; a position or an id already there fails the whole transaction,
    /// since an archived item must never move or appear twice.
    static func append(_ rows: [FeedArchiveRow], in db: Database) throws {
        guard !rows.isEmpty else { return }
        let insert = try db.cachedStatement(
            sql: "INSERT INTO feed_archive (position, entry_id, payload) VALUES (?, ?, ?)")
        for row in rows {
            try insert.execute(arguments: [row.position, row.entryID, row.payload])
        }
    }
}
