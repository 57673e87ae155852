public import Foundation
import GRDB

/// The run history: what each build did, for `feedwright status`.
extension StateStore {
    /// How many runs are kept; older ones are deleted as new ones are recorded.
    public static let keptRuns = 500

    /// Records a finished run.
    public func record(_ run: RunRecord) throws(StateError) {
        try perform { db in
            try db.execute(
                sql: "INSERT INTO run (started, ended, exit_code, items, message) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    run.started.timeIntervalSince1970, run.ended.timeIntervalSince1970, run.exitCode,
                    run.items,
                    run.message,
                ])
            let id = db.lastInsertedRowID
            for source in run.sources {
                try db.execute(
                    sql: """
                        INSERT INTO run_source (run_id, name, status, error, new_items, duplicates, kept, seconds)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        id, source.name, source.status, source.error, source.newItems, source.duplicates,
                        source.kept, source.seconds,
                    ])
            }
            try db.execute(
                sql: "DELETE FROM run WHERE id <= ?", arguments: [id - Int64(Self.keptRuns)])
            try db.execute(
                sql: "DELETE FROM run_source WHERE run_id <= ?", arguments: [id - Int64(Self.keptRuns)])
        }
    }

    /// The latest runs, newest first.
    public func recentRuns(limit: Int) throws(StateError) -> [RunRecord] {
        try read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM run ORDER BY id DESC LIMIT ?", arguments: [limit])
            return try rows.map { row in
                let id: Int64 = row["id"]
                let sources = try Row.fetchAll(
                    db, sql: "SELECT * FROM run_source WHERE run_id = ? ORDER BY rowid", arguments: [id]
                ).map(Self.source)
                return RunRecord(
                    started: Date(timeIntervalSince1970: row["started"]),
                    ended: Date(timeIntervalSince1970: row["ended"]), exitCode: row["exit_code"],
                    items: row["items"], message: row["message"], sources: sources)
            }
        }
    }

    private static func source(_ row: Row) -> RunRecord.Source {
        RunRecord.Source(
            name: row["name"], status: row["status"], error: row["error"], newItems: row["new_items"],
            duplicates: row["duplicates"], kept: row["kept"], seconds: row["seconds"])
    }
}
