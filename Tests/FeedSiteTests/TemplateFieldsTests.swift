import FeedModel
import Testing

@testable import FeedSite

/// The field tables templates read are hand-written for speed; these tests keep them equal to
/// the views' stored properties, whose names docs/pages.md documents.
@Suite("Template field tables")
struct TemplateFieldsTests {
    static func expectComplete<View: TemplateFields>(_ view: View) {
        let properties = Set(Mirror(reflecting: view).children.compactMap(\.label))
        #expect(Set(View.fields.keys) == properties, "\(View.self)")
    }

    @Test("every view's table names exactly its stored properties")
    func complete() throws {
        var partner = SiteSamples.partner("p1", link: "https://wire.example.net/1")
        partner.categories = [Category(term: "World")]
        let builder = PageViewBuilder(
            feed: SiteSamples.feed([partner, SiteSamples.headline("u1", at: nil)]),
            settings: SiteSamples.settings)
        let page = builder.index()
        let item = try #require(page.days.first?.items.first)
        Self.expectComplete(page)
        Self.expectComplete(page.feed)
        Self.expectComplete(page.feeds)
        Self.expectComplete(try #require(page.days.first))
        Self.expectComplete(try #require(page.undated))
        Self.expectComplete(item)
        Self.expectComplete(try #require(item.source))
        Self.expectComplete(page.strings)
    }

    @Test("a table reads the field it names, absent optionals as nil")
    func reads() throws {
        let page = PageViewBuilder(
            feed: SiteSamples.feed([SiteSamples.headline("h1")]), settings: SiteSamples.settings
        )
        .index()
        let item = try #require(page.days.first?.items.first)
        #expect(item.child(named: "anchor") as? String == item.anchor)
        #expect(item.child(named: "url") == nil)
        #expect(item.child(named: "source") == nil)
        #expect(item.child(named: "noSuchField") == nil)
        #expect(page.child(named: "lang") as? String == "en")
    }
}
