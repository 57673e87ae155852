import FeedModel
import FeedWriter
import Foundation
import Testing

/// What a partner item carries that RFC 4287 does not allow as it is: the Atom writer
/// adapts it, so that the validator (the build's publish gate) has nothing to refuse.
@Suite("Atom output keeps RFC 4287's rules for partner data")
struct WriterAtomRulesTests {
    let context = WriteContext(
        timeZone: SampleFeeds.moscow, selfURL: "https://news.example.com/feeds/atom.xml")

    func atom(_ entry: Entry) throws -> String {
        var feed = SampleFeeds.empty
        feed.entries = [entry]
        return String(decoding: try FeedRenderer.render(feed, as: .atom, context: context), as: UTF8.self)
    }

    func entry(categories: [FeedModel.Category] = [], links: [Link] = []) -> Entry {
        Entry(
            id: "https://partner.example.org/a/1", title: "Заголовок", links: links,
            updated: Date(timeIntervalSince1970: 1_747_057_500), categories: categories)
    }

    @Test func aCategorySchemeThatIsNoAbsoluteIRIIsLeftOut() throws {
        let written = try atom(
            entry(categories: [
                Category(term: "politics", scheme: "tags"),
                Category(term: "economy", scheme: "https://partner.example.org/tags/"),
            ]))
        #expect(written.contains("<category term=\"politics\"/>"))
        #expect(written.contains("<category term=\"economy\" scheme=\"https://partner.example.org/tags/\"/>"))
    }

    @Test func alternatesDifferingOnlyInLetterCaseAreOnePair() throws {
        let written = try atom(
            entry(links: [
                Link(
                    href: "https://partner.example.org/a/1", rel: "alternate", type: "text/html",
                    hreflang: "en-US"),
                Link(
                    href: "https://partner.example.org/a/1?m", rel: "alternate", type: "TEXT/HTML",
                    hreflang: "en-us"),
                Link(
                    href: "https://partner.example.org/a/1.de", rel: "alternate", type: "text/html",
                    hreflang: "de"),
            ]))
        #expect(written.contains("https://partner.example.org/a/1\""))
        #expect(!written.contains("https://partner.example.org/a/1?m"))
        #expect(written.contains("https://partner.example.org/a/1.de"))
    }
}
