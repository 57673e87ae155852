import BenchmarkSupport
import Foundation

/// What one large-build benchmark reads and writes: a generated corpus (as files, or
/// served from 127.0.0.1), the site that lists it, and a build of it when `primed`.
struct LargeFixture: Sendable {
    let site: BuildSite
    let corpusDirectory: URL?
    let server: DocumentServer?
    let feeds: GeneratedFeeds?

    /// Requests in flight, overall and to the one host all generated sources share.
    /// Over loopback a request waits for the server, not the network; 16 keeps both
    /// cores busy through the 304 round-trips without queueing thousands of sockets.
    static let parallel = 16

    /// Sources `0..<count` written to a temporary directory (about 27 KB each) and read
    /// as local files.
    static func localFiles(_ count: Int, primed: Bool) async throws -> LargeFixture {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("feedwright-large-corpus-\(getpid())-\(UUID().uuidString)")
        let paths = try SourceCorpus().write(sources: count, to: directory)
        let site = try BuildSite(sources: paths, pages: false, parallel: parallel)
        if primed { try await site.build(expecting: .ok) }
        return LargeFixture(site: site, corpusDirectory: directory, server: nil, feeds: nil)
    }

    /// Sources `0..<count` served over HTTP, each body made on request; the state primed
    /// by a first build that fetched every source.
    static func overHTTP(_ count: Int) async throws -> LargeFixture {
        let feeds = GeneratedFeeds(corpus: SourceCorpus(), count: count)
        let server = try await DocumentServer.start(serving: feeds)
        let site = try BuildSite(
            sources: (0..<count).map { server.url(GeneratedFeeds.path($0)) }, pages: false, parallel: parallel
        )
        try await site.build(expecting: .ok)
        return LargeFixture(site: site, corpusDirectory: nil, server: server, feeds: feeds)
    }

    func remove() async throws {
        site.remove()
        if let corpusDirectory { try? FileManager.default.removeItem(at: corpusDirectory) }
        try await server?.shutdown()
    }
}
