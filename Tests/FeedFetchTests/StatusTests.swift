import FeedFetch
import Foundation
import Testing

@Suite("Validators, statuses and headers", .localServer)
struct StatusTests {
    let server = LocalServer.current!

    @Test func aConditionalRequestIsAnswered304WithTheValidatorsItSent() async throws {
        let fetcher = Fetcher.local()
        let first = try await fetcher.fetch(FetchRequest(url: server.url("/validators")))
        #expect(first.status == 200)
        #expect(first.etag == "\"v1\"")
        #expect(first.lastModified == "Mon, 12 May 2025 13:45:00 GMT")
        #expect(!first.body.isEmpty)

        let second = try await fetcher.fetch(
            FetchRequest(url: server.url("/validators"), etag: first.etag, lastModified: first.lastModified))
        #expect(second.isNotModified)
        #expect(second.body.isEmpty)
        #expect(second.etag == "\"v1\"")
        #expect(second.lastModified == "Mon, 12 May 2025 13:45:00 GMT")

        let seen = try await server.requests(to: "/validators")
        #expect(seen.count == 2)
        #expect(seen.first?["if-none-match"] == nil)
        #expect(seen.last?["if-none-match"] == "\"v1\"")
        #expect(seen.last?["if-modified-since"] == "Mon, 12 May 2025 13:45:00 GMT")
    }

    @Test func theUserAgentNamesFeedwrightAndItsVersion() async throws {
        _ = try await Fetcher.local().fetch(FetchRequest(url: server.url("/html")))
        let agent = try #require(try await server.requests(to: "/html").first?["user-agent"])
        #expect(agent == Fetcher.userAgent(contact: nil))
        #expect(agent.wholeMatch(of: /Feedwright\/\d+\.\d+\.\d+\S*/) != nil)
        #expect(try await server.requests(to: "/html").first?["accept-encoding"] == "gzip, deflate")
    }

    @Test func theUserAgentOfThePolicyIsSentAsItIs() async throws {
        let agent = "NewsDesk/2.1 (+https://news.example/contact; ops@news.example)"
        _ = try await Fetcher.local { $0.userAgent = agent }.fetch(FetchRequest(url: server.url("/agent")))
        #expect(try await server.requests(to: "/agent").first?["user-agent"] == agent)
    }

    @Test(arguments: [
        ("Feedwright/0.1.0 (+https://news.example/)", true),
        ("NewsDesk", true),
        ("", false),
        (" Feedwright/0.1.0", false),
        ("Feedwright/0.1.0 ", false),
        ("(comment first)", false),
        ("Feedwright/0.1.0\r\nX-Injected: 1", false),
        ("Feedwright/0.1.0 (+https://новости.example/)", false),
    ])
    func aUserAgentIsOneLineOfPrintableASCIIStartingWithAProduct(_ text: String, valid: Bool) {
        #expect(FetchPolicy.isValidUserAgent(text) == valid)
    }

    @Test func aMissingFeedIsAStatusError() async {
        let url = server.url("/missing")
        await #expect(throws: FetchError.status(404, url: url)) {
            try await Fetcher.local().fetch(FetchRequest(url: url))
        }
    }

    @Test func aServerErrorIsAStatusError() async {
        let url = server.url("/broken")
        await #expect(throws: FetchError.status(500, url: url)) {
            try await Fetcher.local().fetch(FetchRequest(url: url))
        }
    }

    @Test func aGoneFeedSaysSoAndWhatToDo() async throws {
        let url = server.url("/gone")
        let error = await #expect(throws: FetchError.gone(url: url)) {
            try await Fetcher.local().fetch(FetchRequest(url: url))
        }
        #expect(error?.description == "HTTP 410 from \(url)")
        #expect(error?.advice?.contains("config.json") == true)
    }

    @Test func tooManyRequestsCarriesTheDelayInSeconds() async throws {
        let error = await #expect(throws: FetchError.rateLimited(status: 429, retryAfter: .seconds(120))) {
            try await Fetcher.local().fetch(FetchRequest(url: server.url("/busy-429")))
        }
        #expect(error?.description == "HTTP 429: rate limited; retry after 120 s")
    }

    @Test func unavailableWithAnHTTPDateIsMeasuredFromTheInjectedClock() async {
        // The fetcher's clock says 13:45 GMT; the server asks us back at 14:00 GMT.
        await #expect(throws: FetchError.rateLimited(status: 503, retryAfter: .seconds(900))) {
            try await Fetcher.local().fetch(FetchRequest(url: server.url("/busy-503")))
        }
    }
}
