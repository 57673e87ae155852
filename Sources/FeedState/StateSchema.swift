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
        return migrator
    }
}
