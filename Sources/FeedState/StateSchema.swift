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
        return migrator
    }
}
