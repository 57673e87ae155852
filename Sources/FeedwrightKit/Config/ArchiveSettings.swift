/// The `output.archive` object of `config.json` (optional): keep every item that leaves the
/// published feeds in RFC 5005 archive pages, so that no reader loses an item because it
/// did not poll while the item was in the feed.
public struct ArchiveSettings: Sendable, Equatable {
    /// `output.archive.pageSize` (optional, 1 to 10,000, default 100): items per archive page.
    public var pageSize: Int

    /// The smallest and largest `pageSize` accepted.
    public static let pageSizes = 1...10_000

    /// Pages of `pageSize` items.
    public init(pageSize: Int = 100) {
        self.pageSize = pageSize
    }
}

extension ConfigLoader {
    static let archiveKeys = ["pageSize"]

    /// `output.archive`, checked: a page size in range, and an `output.baseURL`, because
    /// the pages and the feeds link to each other by absolute URL.
    static func archive(_ output: ConfigObject, baseURL: String?) throws(ConfigIssue) -> ArchiveSettings? {
        guard let object = try output.object("archive", keys: archiveKeys) else { return nil }
        var settings = ArchiveSettings()
        if let size = try object.integer("pageSize") {
            guard ArchiveSettings.pageSizes.contains(size) else {
                throw ConfigIssue(
                    keyPath: object.keyPath("pageSize"),
                    message: "must be between 1 and 10000, found \(size)")
            }
            settings.pageSize = size
        }
        guard baseURL != nil else {
            throw ConfigIssue(
                keyPath: output.keyPath("archive"),
                message: "archive pages link to each other and to the feeds by absolute URL: "
                    + "set output.baseURL to where the feeds are published")
        }
        return settings
    }
}
