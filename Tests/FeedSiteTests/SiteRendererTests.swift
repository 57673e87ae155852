import FeedModel
import FeedSite
import Foundation
import Testing

@Suite("Site pages")
struct SiteRendererTests {
    typealias S = SiteSamples

    @Test("index first, then article pages sorted by path; headlines and partners get none")
    func pageList() throws {
        let articles = (1...5).map { S.article("a\($0)") }
        let feed = S.feed(articles + [S.headline("h1"), S.partner("p1", link: "https://wire.example.net/1")])
        let paths = try SiteRenderer(settings: S.settings).render(feed).map(\.path)
        let expected = articles.compactMap(SitePaths.articlePath(for:)).sorted()
        #expect(paths == ["index.html"] + expected)
    }

    @Test("every page is an HTML5 document in the feed's language with feed autodiscovery")
    func head() throws {
        let pages = try S.pages(S.feed([S.article("a1")], language: "ru"))
        for (path, html) in pages {
            let root = path.hasPrefix("articles/") ? "../" : ""
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ru\">"), "\(path)")
            #expect(html.contains("<meta charset=\"utf-8\">"))
            #expect(html.contains("<meta name=\"viewport\""))
            #expect(html.contains("<title>"))
            #expect(
                html.contains("type=\"application/rss+xml\" title=\"News (RSS)\" href=\"\(root)rss.xml\""))
            #expect(
                html.contains("type=\"application/atom+xml\" title=\"News (Atom)\" href=\"\(root)atom.xml\""))
            #expect(
                html.contains(
                    "type=\"application/feed+json\" title=\"News (JSON Feed)\" href=\"\(root)feed.json\""))
        }
    }

    @Test("a feed without a language is English")
    func defaultLanguage() throws {
        let index = try #require(
            try S.pages(S.feed([S.partner("p1", link: "https://w/1")], language: nil))["index.html"])
        #expect(index.contains("<html lang=\"en\">"))
        #expect(index.contains("Source: <a href=\"https://wire.example.net/feed.xml\">Wire</a>"))
    }

    @Test("items are grouped by local day, newest first: 23:30 UTC lands on the next day in Moscow")
    func grouping() throws {
        // 2025-05-10 at 23:30 and 12:00 UTC.
        let late = S.headline("late", title: "Late", at: Date(timeIntervalSince1970: 1_746_919_800))
        let noon = S.headline("noon", title: "Noon", at: Date(timeIntervalSince1970: 1_746_878_400))
        let index = try #require(try S.pages(S.feed([late, noon]))["index.html"])
        let nextDay = try #require(index.range(of: "<section id=\"day-2025-05-11\">"))
        let sameDay = try #require(index.range(of: "<section id=\"day-2025-05-10\">"))
        #expect(nextDay.lowerBound < sameDay.lowerBound)
        let lateItem = try #require(index.range(of: "Late"))
        #expect(lateItem.lowerBound > nextDay.lowerBound && lateItem.lowerBound < sameDay.lowerBound)
        #expect(index.contains("<time datetime=\"2025-05-11T02:30:00+03:00\">02:30</time>"))
        #expect(index.contains("<h2><time datetime=\"2025-05-11\">Sunday, 11 May 2025</time></h2>"))
        #expect(index.contains("<time datetime=\"2025-05-10\">Saturday, 10 May 2025</time>"))
    }

    @Test("day headings are in the feed's language")
    func russianDays() throws {
        let index = try #require(try S.pages(S.feed([S.headline("h1")], language: "ru-RU"))["index.html"])
        #expect(index.contains("Суббота, 10 мая 2025"))
    }

    @Test("undated items come last, without a day anchor")
    func undated() throws {
        let index = try #require(
            try S.pages(
                S.feed([S.headline("u1", title: "Undated", at: nil), S.headline("d1", title: "Dated")]))[
                    "index.html"])
        let undated = try #require(index.range(of: "<h2>Undated</h2>"))
        let dated = try #require(index.range(of: "Dated"))
        #expect(dated.lowerBound < undated.lowerBound)
        #expect(index.contains("<li id=\"\(SitePaths.anchor(for: S.headline("u1")))\">"))
    }

    @Test("own articles link to their page, headlines have only their anchor")
    func ownItems() throws {
        let article = S.article("a1", title: "The article")
        let headline = S.headline("h1", title: "The headline")
        let index = try #require(try S.pages(S.feed([article, headline]))["index.html"])
        #expect(index.contains("<li id=\"\(SitePaths.anchor(for: article))\">"))
        #expect(index.contains("<a href=\"\(SitePaths.articlePath(for: article)!)\">The article</a>"))
        #expect(index.contains("<span>The headline</span>"))
        #expect(index.contains("<span class=\"rubric\">Politics</span>"))
    }

    @Test("partner items link to their own page and credit the source")
    func partnerCredit() throws {
        let partner = S.partner("p1", title: "Their news", link: "https://wire.example.net/1")
        let index = try #require(try S.pages(S.feed([partner], language: "ru"))["index.html"])
        #expect(index.contains("<a href=\"https://wire.example.net/1\">Their news</a>"))
        #expect(index.contains("Источник: <a href=\"https://wire.example.net/feed.xml\">Wire</a>"))
    }

    @Test("the credit links to the partner's site when its feed names one")
    func partnerCreditLinksToTheSite() throws {
        var partner = S.partner("p1", title: "Their news", link: "https://wire.example.net/1")
        partner.origin?.siteURL = "https://wire.example.net/"
        let index = try #require(try S.pages(S.feed([partner], language: "en"))["index.html"])
        #expect(index.contains("Source: <a href=\"https://wire.example.net/\">Wire</a>"))
        #expect(!index.contains("feed.xml\">Wire"))
    }

    @Test("titles and rubrics from feeds are escaped, in text and attributes")
    func escaping() throws {
        let hostile = "<script>alert('x')</script> & \"quoted\""
        var partner = S.partner("p1", title: hostile, link: "https://wire.example.net/?a=1&b=\"2\"")
        partner.categories = [Category(term: hostile)]
        partner.origin = Origin(name: hostile, feedURL: "https://wire.example.net/feed?x=1&y='2'")
        let article = S.article("a1", title: hostile, rubric: hostile)
        var feed = S.feed([partner, article])
        feed.title = hostile
        let pages = try S.pages(feed)
        let escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"
        for html in pages.values {
            #expect(!html.contains("<script>"))
            #expect(html.contains(escaped))
            #expect(html.contains("title=\"\(escaped) (RSS)\""))
        }
        let index = try #require(pages["index.html"])
        // A quote is no URL character: it is percent-encoded before escaping could apply.
        #expect(index.contains("href=\"https://wire.example.net/?a=1&amp;b=%222%22\""))
        #expect(index.contains("href=\"https://wire.example.net/feed?x=1&amp;y=&#39;2&#39;\""))
    }

    @Test("only http(s) links from feeds are printed, with characters a URL may not hold encoded")
    func partnerLinks() throws {
        var script = S.partner("p1", title: "Scripted", link: "javascript:alert(1)")
        script.origin = Origin(name: "Local", feedURL: "file:///srv/partners/local.xml")
        let spaced = S.partner("p2", title: "Spaced", link: " https://wire.example.net/a b|c ")
        let index = try #require(try S.pages(S.feed([script, spaced]))["index.html"])
        #expect(!index.contains("javascript:"))
        #expect(!index.contains("file:"))
        #expect(index.contains("<span>Scripted</span>"))
        #expect(index.contains("Source: Local</span>"))
        #expect(index.contains("<a href=\"https://wire.example.net/a%20b%7Cc\">Spaced</a>"))
    }

    @Test("characters HTML forbids are dropped from text, never from ids")
    func forbiddenCharacters() throws {
        let article = S.article(
            "a\u{1}1", title: "Bell\u{7}ed \u{85}title\u{FFFE}", content: .plain("Text\u{0}."),
            rubric: "Rub\u{7F}ric")
        let pages = try S.pages(S.feed([article]))
        let page = try #require(pages[SitePaths.articlePath(for: article)!])
        #expect(page.contains("<h1>Belled title</h1>"))
        #expect(page.contains("<p>Text.</p>"))
        #expect(page.contains("<span class=\"rubric\">Rubric</span>"))
        #expect(try #require(pages["index.html"]).contains("id=\"\(SitePaths.anchor(for: article))\""))
    }

    @Test("an article page has the title, rubric, local date, full text and the way back")
    func articlePage() throws {
        let article = S.article(
            "a1", title: "Title", content: .html("<p>First &amp; one.</p>\n<p>Second.</p>"),
            rubric: "Economy",
            at: S.date(minutes: 45))
        let page = try #require(try S.pages(S.feed([article]))[SitePaths.articlePath(for: article)!])
        #expect(page.contains("<h1>Title</h1>"))
        #expect(page.contains("<span class=\"rubric\">Economy</span>"))
        #expect(page.contains("<time datetime=\"2025-05-10T15:45:00+03:00\">10 May 2025, 15:45</time>"))
        #expect(page.contains("<p>First &amp; one.</p>\n<p>Second.</p>"))
        #expect(page.contains("<a href=\"../index.html#day-2025-05-10\">Back to the timeline</a>"))
        #expect(page.contains("<a href=\"../index.html\">News</a>"))
    }

    @Test("plain-text content is escaped and split into paragraphs")
    func plainArticle() throws {
        let article = S.article("a1", content: .plain("One <b>bold</b> & more.\n\nTwo.\nThree."))
        let page = try #require(try S.pages(S.feed([article]))[SitePaths.articlePath(for: article)!])
        #expect(page.contains("<p>One &lt;b&gt;bold&lt;/b&gt; &amp; more.</p>\n<p>Two.</p>\n<p>Three.</p>"))
    }

    @Test("the same feed gives the same bytes")
    func deterministic() throws {
        let feed = S.feed([
            S.article("a1"), S.article("a2", at: S.date(minutes: -2000)), S.headline("h1", at: nil),
            S.partner("p1", link: "https://wire.example.net/1"),
        ])
        let first = try SiteRenderer(settings: S.settings).render(feed)
        let second = try SiteRenderer(settings: S.settings).render(feed)
        #expect(first == second)
    }

    @Test("configured feed file names are linked, percent-encoded")
    func feedFileNames() throws {
        let settings = SiteSettings(
            timeZone: S.moscow, rssFileName: "news feed.xml", atomFileName: "atom.xml",
            jsonFileName: "feed.json")
        let index = try #require(try S.pages(S.feed([]), settings: settings)["index.html"])
        #expect(index.contains("href=\"news%20feed.xml\""))
        #expect(index.contains("<p>No items yet.</p>"))
    }
}
