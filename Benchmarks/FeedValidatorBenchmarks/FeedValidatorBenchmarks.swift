import Benchmark
import BenchmarkSupport
import FeedValidator
import FeedWriter
import Foundation

/// Validating a large feed in each format: what `feedwright validate` does with a file
/// held in memory, and what every `build` does before it replaces the published files.
let benchmarks: @Sendable () -> Void = {
    let feed = SyntheticFeed.make(itemCount: 10_000)
    let context = WriteContext(timeZone: TimeZone(identifier: "Europe/Moscow")!)
    let configuration = RegressionGate.configuration(maxIterations: 10, maxDuration: .seconds(20))
    // A fixed clock, so that the "date in the future" rule sees the same dates every run.
    let now = Date(timeIntervalSince1970: 1_747_100_000)
    for format in FeedFormat.allCases {
        let bytes = Array(try! FeedRenderer.render(feed, as: format, context: context))
        Benchmark("validate 10k items (\(format.rawValue))", configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                let report = Validator.validate(bytes, documentURL: nil, now: now)
                precondition(!report.hasErrors, "the synthetic feed should validate")
                blackHole(report)
            }
        }
    }
    // Bodies with the markup real feeds carry (links, images, styles, comments), where the
    // HTML checks do the most work.
    let rich = Array(
        try! FeedRenderer.render(
            SyntheticFeed.make(itemCount: 10_000, richHTML: true), as: .rss, context: context))
    Benchmark("validate 10k items (rss, rich HTML)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let report = Validator.validate(rich, documentURL: nil, now: now)
            precondition(!report.hasErrors, "the synthetic feed should validate")
            blackHole(report)
        }
    }
}
