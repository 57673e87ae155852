public import Foundation
import GRDB

/// The run history: what each build did, for `feedwright status`.
///
/// A run is written when it starts and completed when it ends, so a build that is killed
/// still leaves its row. Only one build holds the build lock, so a row still marked
/// running when the next build starts belongs to a dead process: that build marks it
/// interrupted.
extension StateStore {
    /// How many runs are kept; older ones are deleted as new ones are recorded.
    public static let keptRuns = 500
    /// How many of them keep their per-source rows. A site with a thousand sources adds a
    /// thousand rows a run, and the database is checked whole (`quick_check`) whenever a
    /// build opens it: the details of the last 50 runs (half a day at every 15 minutes)
    /// keep it small, while the runs themselves are kept longer.
    public static let keptSourceRuns = 50

    /// The message of a run found unfinished by the next one.
    public static let deadRunMessage =
        "did not finish: the process was killed or the machine stopped before it could record its end"

    /// Records the start of a run, and marks every run still recorded as running as
    /// interrupted (call only while holding the build lock). Returns the new run's ID and
    /// the runs it marked: when they started, and their process IDs.
    public func beginRun(
        started: Date, pid: Int32
    ) throws(StateError) -> (id: Int64, interrupted: [(started: Date, pid: Int32?)]) {
        try perform { db in
            let dead = try Row.fetchAll(db, sql: "SELECT started, pid FROM run WHERE outcome = 'running'").map
            {
                (started: Date(timeIntervalSince1970: $0["started"]), pid: $0["pid"] as Int32?)
            }
            try db.execute(
                sql: "UPDATE run SET outcome = 'interrupted', message = ? WHERE outcome = 'running'",
                arguments: [Self.deadRunMessage])
            try db.execute(
                sql: "INSERT INTO run (started, items, outcome, pid) VALUES (?, 0, 'running', ?)",
                arguments: [started.timeIntervalSince1970, pid])
            return (db.lastInsertedRowID, dead)
        }
    }

    /// Completes the row `beginRun` wrote with how the run ended.
    public func finishRun(id: Int64, _ run: RunRecord) throws(StateError) {
        try perform { db in
            try db.execute(
                sql:
                    "UPDATE run SET ended = ?, exit_code = ?, items = ?, message = ?, outcome = ? WHERE id = ?",
                arguments: [
                    run.ended?.timeIntervalSince1970, run.exitCode, run.items, run.message,
                    run.outcome.rawValue,
                    id,
                ])
            try Self.insertSources(run.sources, runID: id, in: db)
            try db.execute(sql: "DELETE FROM run WHERE id <= ?", arguments: [id - Int64(Self.keptRuns)])
            try db.execute(
                sql: "DELETE FROM run_source WHERE run_id <= ?", arguments: [id - Int64(Self.keptSourceRuns)])
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
                    ended: (row["ended"] as Double?).map(Date.init(timeIntervalSince1970:)),
                    exitCode: row["exit_code"], items: row["items"], message: row["message"],
                    outcome: RunRecord.Outcome(rawValue: row["outcome"]) ?? .finished, sources: sources)
            }
        }
    }

    private static func insertSources(_ sources: [RunRecord.Source], runID: Int64, in db: Database) throws {
        for source in sources {
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO run_source
                      (run_id, name, status, error, new_items, duplicates, kept, seconds)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    runID, source.name, source.status, source.error, source.newItems, source.duplicates,
                    source.kept, source.seconds,
                ])
        }
    }

    private static func source(_ row: Row) -> RunRecord.Source {
        RunRecord.Source(
            name: row["name"], status: row["status"], error: row["error"], newItems: row["new_items"],
            duplicates: row["duplicates"], kept: row["kept"], seconds: row["seconds"])
    }
}
