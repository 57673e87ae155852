/// The RFC 5005 (Feed Paging and Archiving, section 4) links of one document: what makes
/// a feed "archived", so that a reader can walk back from the subscription document
/// through every item that ever left it.
public struct HistoryLinks: Sendable, Equatable {
    /// True for an archive document: it gets `fh:archive` (RSS and Atom) or
    /// `"archive": true` (JSON Feed), telling readers it is not a subscription document.
    public var isArchive: Bool
    /// `current`: the subscription document an archive page belongs to.
    public var current: String?
    /// `prev-archive`: the archive page just older than this document.
    public var prevArchive: String?
    /// `next-archive`: the archive page just newer than this one, once it exists.
    public var nextArchive: String?

    /// Links of an archive page when `isArchive`, else of the subscription feed (which
    /// should only have `prevArchive`).
    public init(
        isArchive: Bool, current: String? = nil, prevArchive: String? = nil, nextArchive: String? = nil
    ) {
        self.isArchive = isArchive
        self.current = current
        self.prevArchive = prevArchive
        self.nextArchive = nextArchive
    }

    /// The namespace of `fh:archive`.
    public static let namespace = "http://purl.org/syndication/history/1.0"

    /// The JSON Feed extension object that carries these links, JSON Feed having none of
    /// its own: `"_rfc5005": {"archive": true, "current": …, "prev-archive": …,
    /// "next-archive": …}`.
    public static let jsonExtensionKey = "_rfc5005"

    /// `(rel, href)` in the order the documents list them.
    var relations: [(rel: String, href: String)] {
        [("current", current), ("prev-archive", prevArchive), ("next-archive", nextArchive)].compactMap {
            rel, href in href.map { (rel, $0) }
        }
    }
}
