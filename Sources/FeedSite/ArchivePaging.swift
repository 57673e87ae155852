/// How the published feed's RFC 5005 archive is cut into pages of a fixed size.
///
/// Items are numbered from 1 in the order they left the feed, oldest first; page `k`
/// (1-based) holds items `(k-1)·pageSize+1 … k·pageSize`. The newest page is open (items
/// are still added to it, and it has no `next-archive` link); every other page is closed:
/// its items and links are final, so its bytes never change again.
public struct ArchivePaging: Sendable, Equatable {
    /// Items per page, at least 1.
    public var pageSize: Int

    /// Paging of `pageSize` items a page.
    public init(pageSize: Int) {
        precondition(pageSize >= 1, "an archive page holds at least one item")
        self.pageSize = pageSize
    }

    /// The pages an archive of `count` items has; 0 for an empty one.
    public func pageCount(items count: Int) -> Int {
        count <= 0 ? 0 : (count - 1) / pageSize + 1
    }

    /// The page that holds the item at `position` (1-based).
    public func page(ofPosition position: Int) -> Int {
        (position - 1) / pageSize + 1
    }

    /// The positions page `page` covers, whether filled yet or not.
    public func positions(ofPage page: Int) -> ClosedRange<Int> {
        ((page - 1) * pageSize + 1)...(page * pageSize)
    }

    /// Whether page `page` is closed in an archive of `count` items: a newer page exists.
    public func isClosed(_ page: Int, items count: Int) -> Bool {
        page < pageCount(items: count)
    }

    /// The pages a build that takes the archive from `before` to `after` items must
    /// render: the page that was open (it gets items, or at least its `next-archive` link,
    /// the last change it ever sees) and every page after it. Closed pages are not among
    /// them. Empty when the archive stays empty.
    public func pagesToRender(before: Int, after: Int) -> ClosedRange<Int>? {
        let last = pageCount(items: after)
        guard last > 0 else { return nil }
        return max(1, pageCount(items: before))...last
    }
}

/// The file names of archive pages, derived from the main feeds' names so that each
/// format's pages sort together: `rss.xml` → `archive/rss-3.xml`, `feed.json` →
/// `archive/feed-3.json`.
public enum ArchivePaths {
    /// The folder of archive pages, inside the output directory.
    public static let folder = "archive"

    /// The file name of page `page` of the feed published as `mainFileName`.
    public static func fileName(forPage page: Int, of mainFileName: String) -> String {
        let (prefix, suffix) = affixes(of: mainFileName)
        return prefix + String(page) + suffix
    }

    /// What comes before and after the page number in the names of the pages of the feed
    /// published as `mainFileName`: `("rss-", ".xml")` for `rss.xml`.
    public static func affixes(of mainFileName: String) -> (prefix: String, suffix: String) {
        guard let dot = mainFileName.lastIndex(of: "."), dot != mainFileName.startIndex else {
            return (mainFileName + "-", "")
        }
        return (mainFileName[..<dot] + "-", String(mainFileName[dot...]))
    }

    /// `archive/<file name>`: where page `page` lives relative to the output directory
    /// and to `output.baseURL`.
    public static func path(forPage page: Int, of mainFileName: String) -> String {
        "\(folder)/\(fileName(forPage: page, of: mainFileName))"
    }
}
