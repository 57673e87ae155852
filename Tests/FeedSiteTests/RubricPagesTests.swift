import FeedModel
import FeedSite
import Foundation
import Testing

@Suite("Rubrics and their pages")
struct RubricPagesTests {
    typealias S = SiteSamples

    static let feed = S.feed([
        S.article("a1", title: "Vote", rubric: "Политика", at: S.date(minutes: 30)),
        S.article("a2", title: "Prices", rubric: "Экономика", at: S.date(minutes: 20)),
        S.article("a3", title: "Debate", rubric: " политика ", at: S.date(minutes: 10)),
    ])

    static var settings: SiteSettings {
        var settings = S.settings
        settings.rubricSlugs = ["политика": "politika", "экономика": "ekonomika"]
        return settings
    }

    @Test("entries are grouped by folded name, rubrics in order of first appearance")
    func grouping() {
        let rubrics = Rubric.all(in: Self.feed)
        #expect(rubrics.map(\.name) == ["Политика", "Экономика"])
        #expect(rubrics[0].entries.map(\.id) == ["a1", "a3"])
        #expect(rubrics[1].entries.map(\.id) == ["a2"])
    }

    @Test("an entry filed twice under one rubric is listed once")
    func filedTwice() {
        var entry = S.article("a1", rubric: "Политика")
        entry.categories.append(Category(term: "ПОЛИТИКА"))
        #expect(Rubric.all(in: S.feed([entry])).map { $0.entries.count } == [1])
    }

    @Test("each rubric page lists its own items, names the rubric and links back")
    func rubricPage() throws {
        let pages = try SiteRenderer(settings: Self.settings).renderRubrics(Self.feed)
        #expect(pages.map(\.path) == ["categories/ekonomika/index.html", "categories/politika/index.html"])
        let politics = String(decoding: pages[1].bytes, as: UTF8.self)
        #expect(politics.contains("<h1>Политика</h1>"))
        #expect(politics.contains("<title>News — Политика</title>"))
        #expect(politics.contains("Vote") && politics.contains("Debate") && !politics.contains("Prices"))
        #expect(politics.contains(#"<a href="../../index.html">News</a>"#))
        // Its own feeds in the head, the main feeds in the way back.
        #expect(politics.contains(#"title="News — Политика (RSS)" href="rss.xml""#))
        #expect(politics.contains(#"<a href="../../atom.xml">Atom</a>"#))
        #expect(politics.contains(#"<a href="../../articles/"#))
    }

    @Test("with rubric pages, the timeline's rubric labels link to them")
    func timelineLinks() throws {
        let index = try #require(try S.pages(Self.feed, settings: Self.settings)["index.html"])
        #expect(index.contains(#"<a class="rubric" href="categories/politika/index.html">Политика</a>"#))
        let article = try #require(
            try S.pages(Self.feed, settings: Self.settings).first { $0.key.hasPrefix("articles/") })
        #expect(article.value.contains(#"href="../categories/"#))
    }

    @Test("without rubric pages, labels stay plain text and no rubric page is written")
    func off() throws {
        let index = try #require(try S.pages(Self.feed)["index.html"])
        #expect(index.contains(#"<span class="rubric">Политика</span>"#))
        #expect(!index.contains("categories/"))
        #expect(try SiteRenderer(settings: S.settings).renderRubrics(Self.feed).isEmpty)
    }
}

@Suite("Rubric names")
struct RubricNameTests {
    typealias S = SiteSamples

    @Test("the heading is the newest capitalised spelling, else the newest")
    func heading() {
        let feed = S.feed([
            S.article("a1", rubric: "общество", at: S.date(minutes: 30)),
            S.article("a2", rubric: "Общество", at: S.date(minutes: 20)),
            S.article("a3", rubric: "ОБЩЕСТВО", at: S.date(minutes: 10)),
            S.article("b1", rubric: "наука  и   техника", at: S.date(minutes: 5)),
        ])
        #expect(Rubric.all(in: feed).map(\.name) == ["Общество", "наука и техника"])
    }
}
