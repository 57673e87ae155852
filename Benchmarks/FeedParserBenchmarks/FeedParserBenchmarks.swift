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
    let configuration = RegressionGate.configuration(maxIterations: 10)
    for (name, data) in documents {
        for sanitize in [false, true] {
            let label = "parse 10k items (\(name)\(sanitize ? ", sanitised" : ""))"
            Benchmark(label, configuration: configuration) { benchmark in
                for _ in benchmark.scaledIterations {
                    blackHole(try Parser.parse(data, options: ParseOptions(sanitizeHTML: sanitize)))
                }
            }
        }
    }
    // Streamed from a file, as `convert` reads a large feed: files over FeedParser's
    // in-memory limit are read on a second thread (SubtreePipeline), and the entries, their
    // HTML sanitised by the fast path, arrive on this one.
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("feedwright-benchmark.xml")
    try! documents[0].1.write(to: file)
    for sanitize in [false, true] {
        let label = "stream 10k items from a file (rss\(sanitize ? ", sanitised" : ""))"
        Benchmark(label, configuration: configuration) { benchmark in
            for _ in benchmark.scaledIterations {
                var count = 0
                blackHole(
                    try Parser.stream(
                        .file(path: file.path), options: ParseOptions(sanitizeHTML: sanitize)
                    ) {
                        entry, _ in
                        count += entry.content?.value.utf8.count ?? 0
                    })
                blackHole(count)
            }
        }
    }
}
