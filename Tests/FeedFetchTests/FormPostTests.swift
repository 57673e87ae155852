import FeedFetch
import Foundation
import Testing

/// Form posts (WebSub publish pings): sent as `application/x-www-form-urlencoded` under
/// the fetcher's policy, with no redirect followed.
@Suite("Form posts", .localServer)
struct FormPostTests {
    let server = LocalServer.current!

    private let ping = FormBody([
        .init(name: "hub.mode", value: "publish"),
        .init(name: "hub.url", value: "https://a.example/feeds/rss.xml"),
    ])

    @Test func aFormIsPostedWithItsMediaTypeUserAgentAndBody() async throws {
        let response = try await Fetcher.local().fetch(FetchRequest(url: server.url("/form"), form: ping))
        #expect(response.status == 204)
        let entry = try #require(try await server.entries(for: "/form").last)
        let headers = try #require(entry["headers"] as? [String: String])
        #expect(entry["method"] as? String == "POST")
        #expect(
            entry["body"] as? String == "hub.mode=publish&hub.url=https%3A%2F%2Fa.example%2Ffeeds%2Frss.xml")
        #expect(headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(headers["user-agent"] == Fetcher.userAgent(contact: nil))
    }

    @Test func aRedirectAnswerToAFormFailsInsteadOfSendingItElsewhere() async throws {
        await #expect(throws: FetchError.status(307, url: server.url("/form-moved"))) {
            try await Fetcher.local().fetch(FetchRequest(url: server.url("/form-moved"), form: ping))
        }
        #expect(try await server.entries(for: "/form-moved").count == 1)
        #expect(try await server.entries(for: "/form-target").isEmpty)
    }

    @Test func aServerErrorAnswerToAFormIsAStatusFailure() async throws {
        await #expect(throws: FetchError.status(500, url: server.url("/form-broken"))) {
            try await Fetcher.local().fetch(FetchRequest(url: server.url("/form-broken"), form: ping))
        }
    }

    @Test func aFormToAnAddressThePolicyRefusesIsNotSent() async throws {
        let strict = Fetcher(policy: FetchPolicy(connectTimeout: .seconds(2), totalTimeout: .seconds(2)))
        await #expect(throws: FetchError.refusedAddress(host: "127.0.0.1", address: "127.0.0.1")) {
            try await strict.fetch(FetchRequest(url: server.url("/form"), form: ping))
        }
    }

    @Test(
        "form encoding keeps only unreserved bytes, writes spaces as +, and percent-encodes UTF-8",
        arguments: [
            ("a b", "a+b"), ("x=1&y=2", "x%3D1%26y%3D2"), ("AZaz09*-._", "AZaz09*-._"),
            ("новости", "%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8"), ("~+/?#", "%7E%2B%2F%3F%23"),
        ])
    func encoding(value: String, wire: String) {
        #expect(FormBody([.init(name: "v", value: value)]).encoded == "v=" + wire)
    }
}
