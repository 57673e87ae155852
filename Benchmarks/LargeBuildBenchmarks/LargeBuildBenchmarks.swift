import Benchmark
import BenchmarkSupport
import NIOConcurrencyHelpers

/// `feedwright build` over thousands of generated partner sources (50 items, ~27 KB each),
/// in this process through FeedwrightKit's `Publisher`: from local files, first run and
/// next run, and over HTTP from 127.0.0.1 where 95 % of the sources answer `304`. Each
/// size is in the benchmark's name ("1,000", "20,000", "100,000"), so that `--filter`
/// runs one size alone; `make bench` skips this target (see docs/large-aggregations.md).
let benchmarks: @Sendable () -> Void = {
    let fixture = NIOLockedValueBox<LargeFixture?>(nil)
    let tearDown: Benchmark.BenchmarkTeardownHook = {
        let current = fixture.withLockedValue { value in
            defer { value = nil }
            return value
        }
        try await current?.remove()
    }
    func configuration(
        sources: Int, _ makeFixture: @escaping @Sendable () async throws -> LargeFixture
    ) -> Benchmark.Configuration {
        let metrics: [BenchmarkMetric] = [.wallClock, .peakMemoryResident]
        var configuration = Benchmark.Configuration(
            metrics: metrics,
            // One build of 20,000 sources takes seconds and reads 540 MB: a few are enough.
            warmupIterations: sources <= 1_000 ? 1 : 0,
            maxDuration: .seconds(900),
            maxIterations: sources <= 1_000 ? 10 : sources <= 20_000 ? 3 : 1,
            thresholds: RegressionGate.thresholds(memoryTolerance: nil).filter { metrics.contains($0.key) })
        configuration.setup = {
            let made = try await makeFixture()
            fixture.withLockedValue { $0 = made }
            // What setting up allocated (the corpus, a priming build) is handed back to the
            // system, so that the peak measured is the measured builds' own.
            ReleasedMemory.trim()
        }
        configuration.teardown = tearDown
        return configuration
    }

    for (count, size) in [(1_000, "1,000"), (20_000, "20,000"), (100_000, "100,000")] {
        // Every source new: 50 items each read, parsed and archived.
        Benchmark(
            "build \(size) local sources (first run)",
            configuration: configuration(sources: count) {
                try await LargeFixture.localFiles(count, primed: false)
            }
        ) { benchmark in
            let site = fixture.withLockedValue { $0!.site }
            for _ in benchmark.scaledIterations {
                try site.forget()
                blackHole(try await site.build(expecting: .ok))
            }
        }
        // The same files again, the state primed: every file is read again (local files
        // have no validators), the archive stands in for what is already known.
        Benchmark(
            "build \(size) local sources (next run)",
            configuration: configuration(sources: count) {
                try await LargeFixture.localFiles(count, primed: true)
            }
        ) { benchmark in
            let site = fixture.withLockedValue { $0!.site }
            for _ in benchmark.scaledIterations {
                blackHole(try await site.build(expecting: .ok))
            }
        }
        // Cron's steady state over HTTP: 95 % answer 304, every twentieth source has five
        // new items since the last build.
        Benchmark(
            "build \(size) sources over HTTP (next run, 95 % 304)",
            configuration: configuration(sources: count) { try await LargeFixture.overHTTP(count) }
        ) { benchmark in
            let (site, feeds) = fixture.withLockedValue { ($0!.site, $0!.feeds!) }
            for _ in benchmark.scaledIterations {
                feeds.advance()
                blackHole(
                    try await site.build { GeneratedFeeds.changes($0) ? .ok : .notModified })
            }
        }
    }
}
