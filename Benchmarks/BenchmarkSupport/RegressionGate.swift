public import Benchmark
import Foundation

/// The metrics every benchmark records and the tolerances `make bench` holds them to
/// against the committed baseline (`.benchmarkBaselines/<target>/committed`).
///
/// Every recorded metric needs an entry here: a metric without one is checked by
/// ordo-one's default of 5 % at p25, p50 and p75, which no time metric meets on a shared
/// machine.
public enum RegressionGate {
    /// The allowed regression of what does not depend on the machine's load, in per cent.
    public static let tolerance = 10.0

    /// The allowed regression of CPU time, in per cent: 25 unless the environment names
    /// another (`FEEDWRIGHT_BENCH_TIME_TOLERANCE=10` on a quiet machine also gates wall
    /// clock). On a busy two-core machine CPU time moves by up to 11 % between two runs of
    /// the same code (it is counted in 10 ms ticks, and caches are shared), and wall clock by
    /// up to 40 %, so neither can be held to 10 % there.
    public static var timeTolerance: Double? {
        ProcessInfo.processInfo.environment["FEEDWRIGHT_BENCH_TIME_TOLERANCE"].flatMap(Double.init)
    }

    public static var thresholds: [BenchmarkMetric: BenchmarkThresholds] {
        [
            // Allocation counts do not depend on the load: the same code makes the same
            // count in every run, so a change beyond the tolerance is a change in the code.
            .mallocCountTotal: BenchmarkThresholds(relative: [.p50: tolerance]),
            // The peak of a build depends on how many bodies happen to be in flight at once;
            // the lower quartile is the figure that stays put.
            .peakMemoryResident: BenchmarkThresholds(relative: [.p25: tolerance]),
            // Other processes only ever add time, so the faster runs show what the code costs.
            .cpuTotal: BenchmarkThresholds(relative: [.p25: timeTolerance ?? 25]),
            .wallClock: BenchmarkThresholds(relative: timeTolerance.map { [.p25: $0] } ?? [:]),
        ]
    }

    /// A configuration recording `thresholds`' metrics, for a benchmark whose iterations
    /// take tens to hundreds of milliseconds.
    public static func configuration(
        maxIterations: Int = 20, maxDuration: Duration = .seconds(10)
    ) -> Benchmark.Configuration {
        Benchmark.Configuration(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
            warmupIterations: 1,
            maxDuration: maxDuration,
            maxIterations: maxIterations,
            thresholds: thresholds
        )
    }
}
