import FeedModel
import FeedSite
import Foundation
import Testing

/// `output.opml`: every page links to the sources list in its head, the timeline beside the feeds,
/// relative to the page, in the page's language; without it nothing is added.
@Suite("Site pages link the OPML list")
struct SiteOPMLLinkTests {
    typealias S = SiteSamples

    @Test(arguments: [("en", "Our sources (OPML)"), ("ru", "Наши источники (OPML)")])
    func everyPageLinksTheList(_ language: String, _ words: String) throws {
        var settings = S.settings
        settings.opmlFileName = "our sources.opml"
        let pages = try S.pages(
            S.feed([S.article("a1"), S.headline("h1")], language: language), settings: settings)
        #expect(pages.count == 2)
        for (path, html) in pages {
            let href = (path.hasPrefix("articles/") ? "../" : "") + "our%20sources.opml"
            #expect(
                html.contains(#"<link rel="outline" type="text/x-opml" title="\#(words)" href="\#(href)">"#),
                "\(path)")
        }
        let subscribe = #" · <a href="our%20sources.opml" type="text/x-opml">\#(words)</a></p>"#
        #expect(pages["index.html"]?.contains(subscribe) == true)
    }

    @Test func withoutTheListThePagesAreUnchanged() throws {
        let feed = S.feed([S.article("a1")])
        let pages = try S.pages(feed)
        for html in pages.values {
            #expect(!html.contains("opml"))
            #expect(!html.contains("\n\n<style>"))
        }
    }
}
