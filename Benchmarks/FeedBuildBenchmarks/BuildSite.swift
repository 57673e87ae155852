import FeedAggregator
import FeedwrightKit
import Foundation

/// A site in a temporary directory whose config.json lists every feed of a server as a
/// partner source, built the way `feedwright build` builds it: config loaded and checked,
/// build lock taken, then the publisher (fetch, parse, archive, merge, validate, write).
struct BuildSite: Sendable {
    let directory: URL

    /// A site reading `sources`; `pages` is `output.pages` and `archive` turns
    /// `output.archive` on, so that the cost of each shows as the difference between two
    /// benchmarks.
    init(sources: [String], pages: Bool = true, archive: Bool = false) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("feedwright-build-benchmark-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var output: [String: Any] = [
            "directory": "feeds", "baseURL": "https://bench.example.com/feeds/", "pages": pages,
        ]
        if archive { output["archive"] = ["pageSize": 100] }
        let config: [String: Any] = [
            "feed": ["title": "Build benchmark", "link": "https://bench.example.com/", "language": "ru"],
            "output": output,
            "state": ["path": "state/state.sqlite"],
            "sources": sources.enumerated().map { index, url in ["name": "Partner \(index)", "url": url] },
            // Every source is on one host here; across 200 real hosts the overall limit
            // is the one that binds, so the per-host limit is raised to it.
            "fetch": ["perHost": 8, "parallel": 8, "allowAddresses": ["127.0.0.1"]],
        ]
        try JSONSerialization.data(withJSONObject: config, options: [.prettyPrinted, .sortedKeys])
            .write(to: configFile)
    }

    var configFile: URL { directory.appendingPathComponent("config.json") }

    /// Runs one build. A source read otherwise than `expected` (failed, or fetched when it
    /// should have been 304) is a broken benchmark, not a figure.
    @discardableResult
    func build(expecting expected: SourceStatus) async throws -> BuildReport {
        let config = try ConfigLoader.load(from: configFile)
        let lock = try BuildLock.acquire(forState: config.state.path)
        defer { withExtendedLifetime(lock) {} }
        let report = try await Publisher(config: config).run()
        if let odd = report.sources.first(where: { $0.status != expected }) {
            throw UnexpectedSource(name: odd.name, status: odd.status.keyword, expected: expected.keyword)
        }
        return report
    }

    /// Forgets everything earlier builds left: the archive, the fetch state, the feeds.
    func forget() throws {
        for name in ["state", "feeds"] {
            let url = directory.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) {
                try FileManager.default.removeItem(at: url)
            }
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    struct UnexpectedSource: Error {
        var name: String
        var status: String
        var expected: String
    }
}
