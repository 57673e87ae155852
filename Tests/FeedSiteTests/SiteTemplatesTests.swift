import FeedModel
import FeedSite
import FeedTestSupport
import Foundation
import Testing

@Suite("Template overrides")
struct SiteTemplatesTests {
    typealias S = SiteSamples
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    static let broken = Fixtures.directories(in: fixtures.appendingPathComponent("broken"))

    static func settings(templates: URL) -> SiteSettings {
        SiteSettings(timeZone: S.moscow, templates: templates)
    }

    @Test("an override replaces its template; the others keep the default and serve as partials")
    func override() throws {
        let directory = Self.fixtures.appendingPathComponent("overrides")
        let article = S.article("a1", title: "Body & soul")
        let feed = S.feed([article, S.headline("h1", title: "Short")])
        let custom = try S.pages(feed, settings: Self.settings(templates: directory))
        let defaults = try S.pages(feed)
        let index = try #require(custom["index.html"])
        #expect(index.contains("<p class=\"banner\">Custom timeline of News</p>"))
        #expect(index.contains("<li id=\"\(SitePaths.anchor(for: article))\">15:00 Body &amp; soul</li>"))
        #expect(index.contains("type=\"application/rss+xml\""))
        #expect(index != defaults["index.html"])
        let articlePath = try #require(SitePaths.articlePath(for: article))
        #expect(custom[articlePath] == defaults[articlePath])
    }

    @Test("a broken template is an error naming its file, line and what was wrong", arguments: broken)
    func brokenTemplate(directory: URL) throws {
        let expected = try String(
            contentsOf: directory.appendingPathComponent("expected.txt"), encoding: .utf8)
        let error = #expect(throws: SiteError.self) {
            try SiteRenderer(settings: Self.settings(templates: directory))
        }
        let description = try #require(error?.description)
        #expect(description == directory.path + "/" + expected.trimmingCharacters(in: .newlines))
    }

    @Test("a missing templates directory is an error naming it")
    func missingDirectory() {
        let directory = Self.fixtures.appendingPathComponent("no-such-directory")
        let error = #expect(throws: SiteError.self) {
            try SiteRenderer(settings: Self.settings(templates: directory))
        }
        #expect(error?.file == directory.path)
        #expect(error?.description.contains("cannot read the templates directory") == true)
    }
}
