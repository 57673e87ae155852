import FeedFetch
import Foundation
import Testing

@Suite("Redirects", .localServer)
struct RedirectTests {
    let server = LocalServer.current!

    @Test func aChainOfPermanentMovesIsRecordedAndGivesTheNewURL() async throws {
        let response = try await Fetcher.local().fetch(FetchRequest(url: server.url("/p301")))
        #expect(response.status == 200)
        #expect(
            response.redirects == [
                .init(from: server.url("/p301"), to: server.url("/p308"), status: 301),
                .init(from: server.url("/p308"), to: server.url("/feed"), status: 308),
            ])
        #expect(response.permanentURL == server.url("/feed"))
        #expect(response.finalURL == server.url("/feed"))
    }

    @Test func aTemporaryFirstHopMeansNoPermanentURL() async throws {
        let response = try await Fetcher.local().fetch(FetchRequest(url: server.url("/t302")))
        #expect(response.redirects.map(\.status) == [302, 301])
        #expect(response.permanentURL == nil)
        #expect(response.finalURL == server.url("/feed"))
    }

    @Test func aLoopIsItsOwnError() async throws {
        let error = await #expect(throws: FetchError.redirectLoop(url: server.url("/loop-a"))) {
            try await Fetcher.local().fetch(FetchRequest(url: server.url("/loop-a")))
        }
        #expect(error?.description == "redirect loop: back to \(server.url("/loop-a"))")
    }

    @Test func fiveRedirectsAreFollowed() async throws {
        let response = try await Fetcher.local().fetch(FetchRequest(url: server.url("/chain/5")))
        #expect(response.redirects.count == 5)
        #expect(response.finalURL == server.url("/chain/0"))
    }

    @Test func sixRedirectsAreTooMany() async throws {
        let error = await #expect(throws: FetchError.tooManyRedirects(limit: 5)) {
            try await Fetcher.local().fetch(FetchRequest(url: server.url("/chain/16")))
        }
        #expect(error?.description == "more than 5 redirects")
        #expect(try await server.requests(to: "/chain/11").count == 1)
        #expect(try await server.requests(to: "/chain/10").isEmpty)
    }

    @Test func aRedirectToARefusedAddressIsNotFollowed() async throws {
        let error = await #expect(
            throws: FetchError.refusedAddress(host: "169.254.169.254", address: "169.254.169.254")
        ) {
            try await Fetcher.local().fetch(FetchRequest(url: server.url("/to-metadata")))
        }
        #expect(
            error?.description
                == "refusing to connect to 169.254.169.254: 169.254.169.254 is a link-local address")
    }

    @Test func aRedirectToANameIsFollowedToAnAddressThatWasChecked() async throws {
        // localhost may resolve to ::1 first, where nothing listens: the next address is tried.
        let fetcher = Fetcher.local { $0.allowedAddresses += [AddressRange("::1")!] }
        let response = try await fetcher.fetch(FetchRequest(url: server.url("/to-localhost")))
        #expect(response.finalURL == "http://localhost:\(server.port)/feed")
        #expect(response.redirects.map(\.status) == [302])
    }

    @Test func aRedirectToAnotherSchemeIsRefused() async throws {
        await #expect(throws: FetchError.invalidURL("file:///etc/passwd")) {
            try await Fetcher.local().fetch(FetchRequest(url: server.url("/to-file")))
        }
        await #expect(throws: FetchError.invalidURL("ftp://127.0.0.1/feed")) {
            try await Fetcher.local().fetch(FetchRequest(url: "ftp://127.0.0.1/feed"))
        }
    }
}
