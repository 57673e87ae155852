import FeedFetch
import Foundation
import Testing

@Suite("Bodies: time, size, compression, charset", .localServer)
struct BodyTests {
    let server = LocalServer.current!
    static let feedStart = Data("<?xml version=\"1.0\"".utf8)

    @Test func aBodyDrippedSlowerThanTheTimeoutIsCutOff() async throws {
        let started = ContinuousClock.now
        let error = await #expect(throws: FetchError.timedOut(seconds: 1)) {
            try await Fetcher.local { $0.totalTimeout = .seconds(1) }.fetch(
                FetchRequest(url: server.url("/drip")))
        }
        #expect(error?.description == "no complete response within 1 s")
        #expect(ContinuousClock.now - started < .seconds(3))
    }

    @Test func aDeclaredLengthOverTheCapIsRefusedBeforeReading() async throws {
        let error = await #expect(throws: FetchError.tooLarge(limit: 100_000)) {
            try await Fetcher.local { $0.maxBodyBytes = 100_000 }.fetch(
                FetchRequest(url: server.url("/declared-huge")))
        }
        #expect(error?.description == "the response is larger than 100000 bytes")
    }

    @Test func anEndlessBodyStopsSoonAfterTheCap() async throws {
        await #expect(throws: FetchError.tooLarge(limit: 100_000)) {
            try await Fetcher.local { $0.maxBodyBytes = 100_000 }.fetch(
                FetchRequest(url: server.url("/endless")))
        }
        // The server could write 256 MiB; once we hang up it gets no further than what
        // the socket buffers held.
        let entry = try await finishedEntry(for: "/endless")
        let sent = try #require(entry["sent"] as? Int)
        #expect(sent < 64 << 20)
    }

    @Test(arguments: ["/gzip", "/deflate"])
    func compressedBodiesAreDecompressed(path: String) async throws {
        let response = try await Fetcher.local().fetch(FetchRequest(url: server.url(path)))
        #expect(response.body.starts(with: Self.feedStart))
        #expect(String(decoding: response.body, as: UTF8.self).contains("Served item"))
    }

    @Test func aDecompressionBombIsStopped() async throws {
        let error = await #expect(throws: FetchError.compressionRatio(limit: 100)) {
            try await Fetcher.local().fetch(FetchRequest(url: server.url("/bomb")))
        }
        #expect(error?.advice != nil)
    }

    @Test func aWrongContentTypeIsStillReturnedForTheCallerToSniff() async throws {
        let response = try await Fetcher.local().fetch(FetchRequest(url: server.url("/html")))
        #expect(response.contentType == "text/html")
        #expect(response.charset == nil)
        #expect(response.body.starts(with: Self.feedStart))
    }

    @Test func theCharsetOfTheContentTypeIsReported() async throws {
        let response = try await Fetcher.local().fetch(FetchRequest(url: server.url("/koi8")))
        #expect(response.charset == "koi8-r")
        #expect(response.contentType == "application/xml; charset=koi8-r")
        #expect(response.body.contains(0xEE))  // "Н" in KOI8-R
        #expect(String(data: response.body, encoding: .utf8) == nil)
    }

    /// Polls the log until the server's handler is done with `path`.
    private func finishedEntry(for path: String) async throws -> [String: Any] {
        for _ in 0..<50 {
            if let entry = try await server.entries(for: path).first, entry["finished"] as? Bool == true {
                return entry
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the server never finished \(path)")
        return [:]
    }
}
