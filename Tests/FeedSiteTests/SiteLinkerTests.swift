import FeedModel
import FeedSite
import Testing

@Suite("Site links in the feeds")
struct SiteLinkerTests {
    typealias S = SiteSamples
    static let base = "https://news.example.com/"

    @Test("own entries without a link get one to their page or anchor")
    func ownEntries() {
        let article = S.article("a1")
        let headline = S.headline("h1")
        let linked = SiteLinker.linking(S.feed([article, headline]), baseURL: Self.base)
        #expect(
            linked.entries[0].links == [
                Link(
                    href: Self.base + SitePaths.articlePath(for: article)!, rel: "alternate",
                    type: "text/html")
            ])
        #expect(
            linked.entries[1].links == [
                Link(
                    href: Self.base + "index.html#" + SitePaths.anchor(for: headline), rel: "alternate",
                    type: "text/html")
            ])
    }

    @Test("partner entries and entries with a link are left exactly as they are")
    func untouched() {
        let partner = S.partner("p1", link: "https://wire.example.net/1")
        var partnerWithoutLink = S.partner("p2", link: "unused")
        partnerWithoutLink.links = []
        var own = S.headline("h1")
        own.links = [Link(href: "https://elsewhere.example.com/h1")]
        let feed = S.feed([partner, partnerWithoutLink, own])
        #expect(SiteLinker.linking(feed, baseURL: Self.base) == feed)
    }

    @Test("an own entry with only non-alternate links gets an alternate beside them")
    func otherRelations() {
        var own = S.headline("h1")
        own.links = [Link(href: "https://news.example.com/comments/1", rel: "replies")]
        let linked = SiteLinker.linking(S.feed([own]), baseURL: Self.base).entries[0]
        #expect(linked.links.count == 2)
        #expect(linked.link(rel: "alternate")?.href == Self.base + SitePaths.location(of: own))
        #expect(linked.link(rel: "replies") == own.links[0])
    }
}
