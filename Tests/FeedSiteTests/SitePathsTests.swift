import FeedModel
import FeedSite
import Foundation
import Testing

@Suite("Site paths and anchors")
struct SitePathsTests {
    typealias S = SiteSamples

    @Test("paths come from the entry id and are pinned across builds and machines")
    func pinned() {
        let entry = S.article("tag:news.example.com,2025:articles/1")
        // FNV-1a of the id: a change here breaks every published link.
        #expect(SitePaths.articlePath(for: entry) == "articles/06c2d2f5e5668457.html")
        #expect(SitePaths.anchor(for: entry) == "item-06c2d2f5e5668457")
    }

    @Test("the title does not enter the path")
    func titleIndependent() {
        let first = S.article("a1", title: "First title")
        let corrected = S.article("a1", title: "Corrected title")
        #expect(SitePaths.articlePath(for: first) == SitePaths.articlePath(for: corrected))
    }

    @Test("different ids give different paths and anchors")
    func distinct() {
        let ids = (0..<500).map { "tag:news.example.com,2025:headlines/\($0)" }
        let anchors = Set(ids.map { SitePaths.anchor(for: S.headline($0)) })
        let paths = Set(ids.map { SitePaths.articlePath(for: S.article($0)) })
        #expect(anchors.count == ids.count)
        #expect(paths.count == ids.count)
    }

    @Test("anchors are valid HTML ids whatever the entry id holds")
    func anchorCharacters() {
        let anchor = SitePaths.anchor(for: S.headline("weird id <&\"'> with spaces/и кириллица"))
        #expect(anchor.hasPrefix("item-"))
        #expect(anchor.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
    }

    @Test("only own entries with content get a page")
    func whoGetsAPage() {
        #expect(SitePaths.articlePath(for: S.headline("h1")) == nil)
        #expect(SitePaths.articlePath(for: S.partner("p1", link: "https://wire.example.net/1")) == nil)
        #expect(SitePaths.articlePath(for: S.article("a1", content: .plain("  \n"))) == nil)
        // A headline read back from our JSON Feed carries its title as content_text.
        let readBack = Entry(id: "h2", title: "Same", content: .plain("Same"))
        #expect(SitePaths.articlePath(for: readBack) == nil)
        // Blank once the characters pages drop are gone: no page, so no link to one either.
        #expect(SitePaths.articlePath(for: S.article("a1", content: .plain("\u{1}\u{7F} "))) == nil)
        #expect(SitePaths.articlePath(for: S.article("a1", content: .plain("Text."))) != nil)
    }

    @Test("location is the article page, else the anchor on the timeline")
    func location() {
        let article = S.article("a1")
        let headline = S.headline("h1")
        #expect(SitePaths.location(of: article) == SitePaths.articlePath(for: article))
        #expect(SitePaths.location(of: headline) == "index.html#" + SitePaths.anchor(for: headline))
    }

    @Test("day anchors use the local day: 23:30 UTC is the next day in Moscow")
    func dayAnchor() {
        let lateEvening = Date(timeIntervalSince1970: 1_746_919_800)  // 2025-05-10T23:30:00Z
        #expect(SitePaths.dayAnchor(for: lateEvening, in: TimeZone(identifier: "UTC")!) == "day-2025-05-10")
        #expect(SitePaths.dayAnchor(for: lateEvening, in: S.moscow) == "day-2025-05-11")
    }
}
