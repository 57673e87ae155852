import FeedFetch
import Foundation
import Testing

@Suite("Address rule and concurrency limits", .localServer)
struct AddressPolicyTests {
    let server = LocalServer.current!

    @Test func loopbackIsRefusedUnlessAllowedAndTheServerSeesNothing() async throws {
        let url = server.url("/refused-probe")
        let error = await #expect(throws: FetchError.refusedAddress(host: "127.0.0.1", address: "127.0.0.1"))
        {
            try await Fetcher(policy: FetchPolicy()).fetch(FetchRequest(url: url))
        }
        #expect(error?.description == "refusing to connect to 127.0.0.1: 127.0.0.1 is a loopback address")
        #expect(
            error?.advice
                == "if this source is meant to be reached, add \"127.0.0.1\" to fetch.allowAddresses in config.json"
        )
        #expect(try await server.requests(to: "/refused-probe").isEmpty)
    }

    @Test func loopbackIsFetchedWhenAllowed() async throws {
        let response = try await Fetcher.local().fetch(FetchRequest(url: server.url("/feed")))
        #expect(response.status == 200)
        #expect(response.redirects.isEmpty)
        #expect(response.permanentURL == nil)
    }

    @Test func aNameIsJudgedByEveryAddressItResolvesTo() async throws {
        let error = await #expect(throws: FetchError.self) {
            try await Fetcher(policy: FetchPolicy()).fetch(
                FetchRequest(url: "http://localhost:\(server.port)/feed"))
        }
        guard case .refusedAddress("localhost", let address) = error else {
            Issue.record("expected a refused address, got \(String(describing: error))")
            return
        }
        #expect(["127.0.0.1", "::1"].contains(address))
    }

    @Test func aClosedPortIsATransportErrorInTheSystemsWords() async {
        await #expect(throws: FetchError.transport("Connection refused")) {
            try await Fetcher.local().fetch(FetchRequest(url: "http://127.0.0.1:1/feed"))
        }
    }

    @Test func anIPv6LiteralIsCheckedToo() async {
        await #expect(throws: FetchError.refusedAddress(host: "::1", address: "::1")) {
            try await Fetcher(policy: FetchPolicy()).fetch(
                FetchRequest(url: "http://[::1]:\(server.port)/feed"))
        }
    }

    @Test func twoHundredFetchesToOneHostNeverRunMoreThanThePerHostLimit() async throws {
        let fetcher = Fetcher.local { $0.perHostLimit = 2 }
        let url = server.url("/busy")
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<200 {
                group.addTask { try await fetcher.fetch(FetchRequest(url: url)).status }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses == Array(repeating: 200, count: 200))
        let peak = try await server.peak()
        #expect(peak <= 2)
        #expect(peak == 2)
    }
}
