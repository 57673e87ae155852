import GRDB

/// The state database's migrations; each one is append-only once released.
enum StateSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-items") { db in
            try db.create(table: "item") { table in
                table.primaryKey("id", .text)
                table.column("title", .text).notNull()
                table.column("first_seen", .double).notNull()
            }
        }
        migrator.registerMigration("v2-sources-archive") { db in
            try db.create(table: "source") { table in
                table.primaryKey("name", .text)
                table.column("url", .text).notNull()
                table.column("etag", .text)
                table.column("last_modified", .text)
                table.column("last_status", .text)
                table.column("last_error", .text)
                table.column("last_attempt", .double)
                table.column("last_success", .double)
                table.column("failing_since", .double)
                table.column("next_fetch_after", .double)
                table.column("gone", .boolean).notNull().defaults(to: false)
                table.column("moved_to", .text)
            }
            try db.create(table: "archive", options: [.withoutRowID]) { table in
                table.column("source", .text).notNull()
                table.column("entry_id", .text).notNull()
                table.column("first_seen", .double).notNull()
                table.column("instant", .double)
                table.column("payload", .blob)
                table.primaryKey(["source", "entry_id"])
            }
        }
        migrator.registerMigration("v3-runs") { db in
            try db.create(table: "run") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("started", .double).notNull()
                table.column("ended", .double).notNull()
                table.column("exit_code", .integer).notNull()
                table.column("items", .integer).notNull()
                table.column("message", .text)
            }
            try db.create(table: "run_source") { table in
                table.column("run_id", .integer).notNull().references("run", onDelete: .cascade)
                table.column("name", .text).notNull()
                table.column("status", .text).notNull()
                table.column("error", .text)
                table.column("new_items", .integer).notNull()
                table.column("duplicates", .integer).notNull()
                table.column("kept", .integer).notNull()
                table.column("seconds", .double).notNull()
                table.primaryKey(["run_id", "name"])
            }
        }
        migrator.registerMigration("v4-run-outcome", migrate: recordRunsFromTheirStart)
        migrator.registerMigration("v5-discovered-feed") { db in
            try db.alter(table: "source") { table in table.add(column: "discovered_feed", .text) }
        }
        // A rubric's address is kept once published, whatever the slug rules say later.
        migrator.registerMigration("v6-category-slugs") { db in
            try db.create(table: "category_slug") { table in
                table.primaryKey("name_key", .text)
                table.column("slug", .text).notNull().unique()
                table.column("first_published", .double).notNull()
            }
        }
        migrator.registerMigration("v7-feed-archive") { db in
            // RFC 5005 archive of the published feed: append-only, `position` is the
            // item's place in the archive (1-based, oldest first), so pages are ranges.
            try db.create(table: "feed_archive") { table in
                table.primaryKey("position", .integer)
                table.column("entry_id", .text).notNull().unique()
                table.column("payload", .blob).notNull()
            }
            // One row: the sorted 64-bit digests of every archived id, so that a build
            // tells which of its thousands of candidates are archived from one read, not
            // one index search each.
            try db.create(table: "feed_archive_digests") { table in
                table.primaryKey("singleton", .integer).check { $0 == 1 }
                table.column("digests", .blob).notNull()
            }
        }
        return migrator
    }

    /// A run is recorded when it starts, so `ended` and `exit_code` may be missing: the run
    /// is still going, or it died without finishing (`outcome` says which). SQLite cannot
    /// drop a NOT NULL constraint in place, so the table is rebuilt; older runs finished.
    private static func recordRunsFromTheirStart(_ db: Database) throws {
        try db.create(table: "run_v4") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("started", .double).notNull()
            table.column("ended", .double)
            table.column("exit_code", .integer)
            table.column("items", .integer).notNull().defaults(to: 0)
            table.column("message", .text)
            table.column("outcome", .text).notNull().defaults(to: "finished")
            table.column("pid", .integer)
        }
        try db.execute(
            sql: """
                INSERT INTO run_v4 (id, started, ended, exit_code, items, message, outcome)
                SELECT id, started, ended, exit_code, items, message, 'finished' FROM run
                """)
        try db.drop(table: "run")
        try db.rename(table: "run_v4", to: "run")
    }
}
