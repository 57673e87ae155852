import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing

@testable import FeedServer

@Suite("The responder over real HTTP on 127.0.0.1")
struct LiveServerTests {
    private let rss = String(repeating: "<item><title>A headline</title></item>\n", count: 100)

    /// Runs `body` against a live server for `site` on a free port.
    private func withServer(
        _ site: TemporarySite,
        _ body: @escaping @Sendable (any TestClientProtocol, ServerMetrics) async throws -> Void
    ) async throws {
        let metrics = ServerMetrics()
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let responder = FileResponder(
            root: site.root, mediaTypes: MediaTypes(rss: "rss.xml", atom: "atom.xml", json: "feed.json"),
            cache: FileCache(), metrics: metrics, logger: logger)
        let application = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            logger: logger)
        try await application.test(.live) { client in try await body(client, metrics) }
    }

    @Test("200 with type, ETag, Last-Modified and Cache-Control; 304 for either precondition")
    func conditionalGet() async throws {
        let site = try TemporarySite()
        try site.write(rss, at: "rss.xml")
        let expected = rss
        try await withServer(site) { client, _ in
            let first = try await client.execute(uri: "/rss.xml", method: .get)
            #expect(first.status == .ok)
            #expect(first.headers[.contentType] == "application/rss+xml; charset=utf-8")
            #expect(first.headers[.cacheControl] == "public, max-age=60")
            #expect(first.headers[.vary] == "Accept-Encoding")
            #expect(first.headers[.contentEncoding] == nil)
            #expect(text(first.body) == expected)
            let etag = try #require(first.headers[.eTag])
            let modified = try #require(first.headers[.lastModified])

            let byTag = try await client.execute(uri: "/rss.xml", method: .get, headers: [.ifNoneMatch: etag])
            #expect(byTag.status == .notModified)
            #expect(byTag.body.readableBytes == 0)
            #expect(byTag.headers[.eTag] == etag)

            let byDate = try await client.execute(
                uri: "/rss.xml", method: .get, headers: [.ifModifiedSince: modified])
            #expect(byDate.status == .notModified)

            // A stale tag with a current date: the tag decides (RFC 9110 13.2.2).
            let stale = try await client.execute(
                uri: "/rss.xml", method: .get,
                headers: [.ifNoneMatch: #""0-old""#, .ifModifiedSince: modified])
            #expect(stale.status == .ok)
        }
    }

    @Test("gzip when asked, with its own ETag; HEAD has the headers and no body; only GET and HEAD")
    func gzipHeadAndMethods() async throws {
        let site = try TemporarySite()
        try site.write(rss, at: "rss.xml")
        let expected = rss
        try await withServer(site) { client, _ in
            let plain = try await client.execute(uri: "/rss.xml", method: .get)
            let zipped = try await client.execute(
                uri: "/rss.xml", method: .get, headers: [.acceptEncoding: "br, gzip;q=0.8"])
            #expect(zipped.headers[.contentEncoding] == "gzip")
            #expect(zipped.headers[.eTag] != plain.headers[.eTag])
            #expect(zipped.body.readableBytes < expected.utf8.count)
            let refused = try await client.execute(
                uri: "/rss.xml", method: .get, headers: [.acceptEncoding: "gzip;q=0"])
            #expect(refused.headers[.contentEncoding] == nil)

            let head = try await client.execute(uri: "/rss.xml", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentLength] == String(expected.utf8.count))
            #expect(head.headers[.eTag] == plain.headers[.eTag])

            let post = try await client.execute(uri: "/rss.xml", method: .post)
            #expect(post.status == .methodNotAllowed)
            #expect(post.headers[.allow] == "GET, HEAD")
        }
    }

    @Test("A build seen at once: the next request gets the new bytes and ETag")
    func rebuildIsSeen() async throws {
        let site = try TemporarySite()
        try site.write("old", at: "feed.json")
        try await withServer(site) { client, _ in
            let before = try await client.execute(uri: "/feed.json", method: .get)
            #expect(before.headers[.contentType] == "application/feed+json; charset=utf-8")
            let staged = try site.write("new bytes", at: ".feed.json.9.tmp")
            #expect(rename(staged.path, site.output.appendingPathComponent("feed.json").path) == 0)
            let after = try await client.execute(
                uri: "/feed.json", method: .get, headers: [.ifNoneMatch: before.headers[.eTag] ?? ""])
            #expect(after.status == .ok)
            #expect(text(after.body) == "new bytes")
        }
    }

    @Test("healthz and metrics: the last build and the request counts")
    func healthAndMetrics() async throws {
        let site = try TemporarySite()
        try await withServer(site) { client, metrics in
            let empty = try await client.execute(uri: "/healthz", method: .get)
            #expect(text(empty.body) == #"{"status":"ok"}"#)
            metrics.record(
                BuildOutcome(
                    exitCode: 3, duration: .milliseconds(1500), itemCount: 42, failedSources: ["Wire"],
                    message: "partial"))
            let health = try await client.execute(uri: "/healthz", method: .get)
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(health.body.readableBytesView)) as? [String: Any])
            let last = try #require(object["lastBuild"] as? [String: Any])
            #expect(last["exitCode"] as? Int == 3)
            #expect(last["itemCount"] as? Int == 42)
            #expect(last["failedSources"] as? [String] == ["Wire"])
            let exposition = text(try await client.execute(uri: "/metrics", method: .get).body)
            #expect(exposition.contains(#"feedwright_builds_total{exit_code="3"} 1"#))
            #expect(exposition.contains("feedwright_last_build_items 42"))
            #expect(exposition.contains(#"feedwright_source_failures_total{source="Wire"} 1"#))
            #expect(exposition.contains("feedwright_build_duration_seconds_count 1"))
            #expect(exposition.contains(#"feedwright_http_requests_total{status_class="2xx"} 2"#))
        }
    }
}
