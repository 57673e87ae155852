public import FeedAggregator
public import FeedwrightKit
public import Foundation

/// A site in a temporary directory whose config.json lists the given feeds as partner
/// sources, built the way `feedwright build` builds it: config loaded and checked, build
/// lock taken, then the publisher (fetch, parse, archive, merge, validate, write).
public struct BuildSite: Sendable {
    public let directory: URL

    /// A site reading `sources`; `pages` is `output.pages` and `archive` turns
    /// `output.archive` on, so that the cost of each shows as the difference between two
    /// benchmarks. `parallel` is both `fetch.parallel` and `fetch.perHost`: every source is
    /// on one host here, and across hundreds of real hosts the overall limit is the one
    /// that binds, so the per-host limit is raised to it.
    public init(sources: [String], pages: Bool = true, archive: Bool = false, parallel: Int = 8) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("feedwright-build-benchmark-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var output: [String: Any] = [
            "directory": "feeds", "baseURL": "https://bench.example.com/feeds/", "pages": pages,
        ]
        if archive { output["archive"] = ["pageSize": 100] }
        let config: [String: Any] = [
            "feed": [
                "title": "Build benchmark", "link": "https://bench.example.com/", "language": "ru",
                "maxItems": 50,
            ],
            "output": output,
            "state": ["path": "state/state.sqlite"],
            "sources": sources.enumerated().map { index, url in ["name": Self.sourceName(index), "url": url]
            },
            "fetch": ["perHost": parallel, "parallel": parallel, "allowAddresses": ["127.0.0.1"]],
        ]
        try JSONSerialization.data(withJSONObject: config, options: [.prettyPrinted, .sortedKeys])
            .write(to: configFile)
    }

    /// The name the config gives the source at `index` in the list.
    public static func sourceName(_ index: Int) -> String { "Partner \(index)" }

    public var configFile: URL { directory.appendingPathComponent("config.json") }

    /// The state database the builds keep.
    public var stateFile: URL { directory.appendingPathComponent("state/state.sqlite") }

    /// Runs one build. A source read otherwise than `expected` (failed, or fetched when it
    /// should have been 304) is a broken benchmark, not a figure.
    @discardableResult
    public func build(expecting expected: SourceStatus) async throws -> BuildReport {
        try await build { _ in expected }
    }

    /// Runs one build in which the source at each index must end as `expected(index)`.
    @discardableResult
    public func build(expecting expected: (Int) -> SourceStatus) async throws -> BuildReport {
        let config = try ConfigLoader.load(from: configFile)
        let lock = try BuildLock.acquire(forState: config.state.path)
        defer { withExtendedLifetime(lock) {} }
        let report = try await Publisher(config: config).run()
        guard report.sources.count == config.sources.count else {
            throw UnexpectedSource(
                name: "(all)", status: "\(report.sources.count) reported", expected: "\(config.sources.count)"
            )
        }
        for (index, source) in report.sources.enumerated() where source.status != expected(index) {
            throw UnexpectedSource(
                name: source.name, status: source.status.keyword, expected: expected(index).keyword)
        }
        return report
    }

    /// Forgets everything earlier builds left: the archive, the fetch state, the feeds.
    public func forget() throws {
        for name in ["state", "feeds"] {
            let url = directory.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) {
                try FileManager.default.removeItem(at: url)
            }
        }
    }

    public func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    public struct UnexpectedSource: Error {
        public var name: String
        public var status: String
        public var expected: String
    }
}
