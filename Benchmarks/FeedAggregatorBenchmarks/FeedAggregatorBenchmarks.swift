import Benchmark
import BenchmarkSupport
import FeedAggregator
import FeedModel
import Foundation

/// Deduplicating 10,000 items: title normalisation and the merge, the part of `build` that
/// grows with every partner feed added.
let benchmarks: @Sendable () -> Void = {
    let feed = SyntheticFeed.make(itemCount: 10_000)
    let local = Array(feed.entries.prefix(2_000))
    // Partners repeat a quarter of the local stories a few minutes later, with other quotes
    // and case; the rest are their own.
    let partners = feed.entries.dropFirst(2_000).enumerated().map { index, entry in
        var copy = entry
        copy.origin = Origin(name: "partner-\(index % 20)", feedURL: "https://partner.example/\(index % 20)")
        if index % 4 == 0, let original = local[safe: index / 4] {
            copy.title = original.title.uppercased().replacingOccurrences(of: "«", with: "\"")
            copy.published = original.published?.addingTimeInterval(300)
        }
        return copy
    }
    let configuration = RegressionGate.configuration(maxIterations: 20)
    Benchmark("normalise 10k titles", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            for entry in feed.entries { blackHole(ItemKey(title: entry.title)) }
        }
    }
    Benchmark("dedup 10k items (2k local, 8k partner)", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Deduplicator().merge(local: local, partners: Array(partners)))
        }
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
