import Benchmark
import BenchmarkSupport
import FeedModel
import FeedWriter
import Foundation

/// Writing a large feed in each format: the hot path of every `build`.
let benchmarks: @Sendable () -> Void = {
    let feed = SyntheticFeed.make(itemCount: 10_000)
    let context = WriteContext(timeZone: TimeZone(identifier: "Europe/Moscow")!)
    let configuration = RegressionGate.configuration(maxIterations: 20)
    for format in FeedFormat.allCases {
        Benchmark("write 10k items (\(format.rawValue))", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try FeedRenderer.render(feed, as: format, context: context))
            }
        }
    }
}
