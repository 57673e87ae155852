/// What a build did to the RFC 5005 archive.
public struct ArchiveReport: Sendable, Equatable {
    /// Items in the archive after the build.
    public var items: Int
    /// Items the build archived (they left the feeds).
    public var added: Int
    /// Items read back from the published JSON Feed pages because the state database had
    /// no archive (it was lost or rebuilt); 0 normally.
    public var recovered: Int
    /// Archive pages after the build, in each format.
    public var pages: Int
    /// The page files the build wrote or found unchanged (or, for a dry run, would write):
    /// the open page, a page the build closed, and closed pages that were missing on disk.
    /// Other closed pages are not looked at.
    public var files: [WrittenFile]

    init(_ archive: FeedArchive, files: [WrittenFile]) {
        items = archive.count
        added = archive.count - archive.countBefore
        recovered = archive.countBefore - archive.stored
        pages = archive.paging.pageCount(items: archive.count)
        self.files = files
    }

    /// `archive: 12 items in 4 pages (3 added)`.
    var summary: String {
        "archive: \(items) items in \(pages) pages (\(added) added)"
    }
}
