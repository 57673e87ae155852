import FeedModel
import Foundation
import Testing

@testable import FeedwrightKit

/// `fetch.userAgent`: absent, the User-Agent names the site being published as the contact
/// (its operator runs this copy of Feedwright); present, it is sent exactly as written.
@Suite("fetch.userAgent")
struct FetchUserAgentTests {
    private func config(fetch: String) throws -> FeedwrightConfig {
        let json = """
            {"feed": {"title": "Новости", "link": "https://news.example.ru/"},
             "output": {"directory": "feeds"}, "fetch": \(fetch)}
            """
        return try ConfigLoader.decode(Data(json.utf8), file: URL(fileURLWithPath: "/srv/site/config.json"))
    }

    @Test func withoutTheKeyTheAgentNamesFeedwrightAndTheFeedLink() throws {
        let config = try config(fetch: "{}")
        #expect(config.fetch.userAgent == nil)
        let policy = FetchPolicyBuilder.policy(config.fetch, feedLink: config.feed.link)
        #expect(policy.userAgent == "Feedwright/\(FeedwrightVersion.current) (+https://news.example.ru/)")
    }

    @Test func aConfiguredAgentIsSentAsWritten() throws {
        let agent = "NewsDesk/2.0 (+https://news.example.ru/contact; ops@news.example.ru)"
        let config = try config(fetch: #"{"userAgent": "\#(agent)"}"#)
        #expect(config.fetch.userAgent == agent)
        #expect(FetchPolicyBuilder.policy(config.fetch, feedLink: config.feed.link).userAgent == agent)
    }

    @Test(arguments: [#""""#, #"" Feedwright/1.0""#, #""(a comment first)""#, "42"])
    func anUnusableAgentIsAConfigError(_ value: String) {
        #expect(throws: ConfigError.self) { try config(fetch: #"{"userAgent": \#(value)}"#) }
    }
}
