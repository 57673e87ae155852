public import Foundation
import GRDB

/// The published address of one rubric: `categories/<slug>/` for every name whose key
/// (case and whitespace folded) is `nameKey`.
public struct CategorySlugRecord: Sendable, Equatable {
    /// The rubric's name, folded: the row's key.
    public var nameKey: String
    /// The folder name under `categories/`, unique among rubrics.
    public var slug: String
    /// The build that first published the rubric, whole seconds.
    public var firstPublished: Date

    /// A record whose date is floored to the whole second, like every date the store keeps.
    public init(nameKey: String, slug: String, firstPublished: Date) {
        self.nameKey = nameKey
        self.slug = slug
        self.firstPublished = Date(timeIntervalSince1970: firstPublished.timeIntervalSince1970.rounded(.down))
    }
}

/// Rubric slugs: kept forever once published, so that a subscribed rubric feed never moves.
extension StateStore {
    /// Every rubric slug on record: name key → slug.
    public func categorySlugs() throws(StateError) -> [String: String] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT name_key, slug FROM category_slug")
            return Dictionary(rows.map { (($0[0] as String), ($0[1] as String)) }) { first, _ in first }
        }
    }

    /// Records a slug unless the name already has one. A slug already taken by another name
    /// is a bug in the caller, which must pick free slugs: the UNIQUE constraint refuses it
    /// and the build's transaction fails as a whole.
    static func insert(_ record: CategorySlugRecord, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO category_slug (name_key, slug, first_published) VALUES (?, ?, ?) "
                + "ON CONFLICT(name_key) DO NOTHING",
            arguments: [record.nameKey, record.slug, record.firstPublished.timeIntervalSince1970])
    }
}
