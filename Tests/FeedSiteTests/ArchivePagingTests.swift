import FeedSite
import Testing

/// Which archive page an item lands on, which pages are closed, and which pages a build
/// renders (RFC 5005 archives, `output.archive`).
@Suite("Archive paging")
struct ArchivePagingTests {
    let paging = ArchivePaging(pageSize: 3)

    @Test(
        "positions fill pages of pageSize, oldest first",
        arguments: [(1, 1), (3, 1), (4, 2), (6, 2), (7, 3), (300, 100), (301, 101)])
    func pageOfPosition(position: Int, page: Int) {
        #expect(paging.page(ofPosition: position) == page)
        #expect(paging.positions(ofPage: page).contains(position))
    }

    @Test("page count", arguments: [(0, 0), (1, 1), (3, 1), (4, 2), (9, 3), (10, 4)])
    func pageCount(items: Int, pages: Int) {
        #expect(paging.pageCount(items: items) == pages)
    }

    @Test func onlyTheNewestPageIsOpenEvenWhenFull() {
        // Page 2 is full at 6 items but has no next page yet: it still gets its
        // next-archive link when page 3 appears, so it is not closed.
        #expect(!paging.isClosed(2, items: 6))
        #expect(paging.isClosed(1, items: 6))
        #expect(paging.isClosed(2, items: 7))
        #expect(!paging.isClosed(3, items: 7))
    }

    @Test(
        "a build renders the page that was open and every newer one, never a closed page",
        arguments: [
            (0, 0, nil), (0, 2, 1...1), (2, 2, 1...1), (2, 3, 1...1), (3, 4, 1...2), (6, 7, 2...3),
            (7, 7, 3...3), (7, 20, 3...7),
        ] as [(Int, Int, ClosedRange<Int>?)])
    func pagesToRender(before: Int, after: Int, expected: ClosedRange<Int>?) {
        #expect(paging.pagesToRender(before: before, after: after) == expected)
    }

    @Test(
        "page file names follow the main feed's",
        arguments: [
            ("rss.xml", 1, "archive/rss-1.xml"), ("atom.xml", 12, "archive/atom-12.xml"),
            ("feed.json", 3, "archive/feed-3.json"), ("news.rss.xml", 2, "archive/news.rss-2.xml"),
            ("feed", 4, "archive/feed-4"), (".hidden", 5, "archive/.hidden-5"),
        ])
    func paths(main: String, page: Int, path: String) {
        #expect(ArchivePaths.path(forPage: page, of: main) == path)
    }
}
