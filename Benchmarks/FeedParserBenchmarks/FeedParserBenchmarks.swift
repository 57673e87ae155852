import Benchmark
import BenchmarkSupport
import FeedParser
import FeedWriter
import Foundation

/// Parsing a large feed in each XML format, with and without sanitising: the hot path of
/// `convert` and of every merged source in `build`.
let benchmarks: @Sendable () -> Void = {
    let feed = SyntheticFeed.make(itemCount: 10_000)
    let context = WriteContext(timeZone: TimeZone(identifier: "Europe/Moscow")!)
    let documents: [(String, Data)] = [FeedFormat.rss, .atom].map { format in
        (format.rawValue, Data(try! FeedRenderer.render(feed, as: format, context: context)))
    }
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident, .throughput],
        warmupIterations: 1,
        maxDuration: .seconds(10),
        maxIterations: 10
    )
    for (name, data) in documents {
        for sanitize in [false, true] {
            let label = "parse 10k items (\(name)\(sanitize ? ", sanitised" : ""))"
            Benchmark(label, configuration: configuration) { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(try FeedParser.parse(data, options: ParseOptions(sanitizeHTML: sanitize)))
                }
            }
        }
    }
}
