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
    // HTML checks do the most work. Rendered by the setup hook (each benchmark runs in a
    // process of its own), so that the other benchmarks' peak memory does not hold it.
    let rich = RenderedDocument()
    var richConfiguration = configuration
    richConfiguration.setup = {
        rich.set(
            Array(
                try FeedRenderer.render(
                    SyntheticFeed.make(itemCount: 10_000, richHTML: true), as: .rss, context: context)))
    }
    richConfiguration.teardown = { rich.set([]) }
    Benchmark("validate 10k items (rss, rich HTML)", configuration: richConfiguration) { benchmark in
        let bytes = rich.get()
        for _ in benchmark.scaledIterations {
            let report = Validator.validate(bytes, documentURL: nil, now: now)
            precondition(!report.hasErrors, "the synthetic feed should validate")
            blackHole(report)
        }
    }
}

/// A document shared between a benchmark's setup hook and its body.
final class RenderedDocument: @unchecked Sendable {
    // Guarded by `lock`.
    private var bytes: [UInt8] = []
    private let lock = NSLock()

    func set(_ value: [UInt8]) { lock.withLock { bytes = value } }
    func get() -> [UInt8] { lock.withLock { bytes } }
}
