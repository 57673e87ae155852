public import Benchmark
import Foundation

/// The metrics every benchmark records and the tolerances `make bench` holds them to
/// against the committed baseline (`.benchmarkBaselines/<target>/committed`).
///
/// Every recorded metric needs an entry here, even an empty one: a metric without one is
/// checked by ordo-one's default of 5 % at p25, p50 and p75, which no time metric meets on
/// a shared machine.
public enum RegressionGate {
    /// The allowed regression of what does not depend on the machine's load, in per cent.
    public static let tolerance = 10.0

    /// The allowed regression of CPU time and wall clock, in per cent, from the file
    /// `.build-bench/time-tolerance` (`make bench BENCH_TIME_TOLERANCE=10` writes it:
    /// SwiftPM does not pass its environment on to the benchmark plugin); without it time is
    /// printed, not gated. On a busy two-core virtual machine both moved by more than 50 %
    /// between two runs of the same code (CPU time is counted in 10 ms ticks, and includes
    /// time the host stole), so only a quiet or dedicated machine can hold them to 10 %.
    public static var timeTolerance: Double? {
        guard let text = try? String(contentsOfFile: ".build-bench/time-tolerance", encoding: .utf8) else {
            return nil
        }
        return Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    public static func thresholds(memoryTolerance: Double?) -> [BenchmarkMetric: BenchmarkThresholds] {
        // Other processes only ever add time, so the faster runs show what the code costs.
        let time = BenchmarkThresholds(relative: timeTolerance.map { [.p25: $0] } ?? [:])
        return [
            // Allocation counts do not depend on the load: the same code makes the same
            // count in every run, so a change beyond the tolerance is a change in the code.
            .mallocCountTotal: BenchmarkThresholds(relative: [.p50: tolerance]),
            .peakMemoryResident: BenchmarkThresholds(relative: memoryTolerance.map { [.p25: $0] } ?? [:]),
            .cpuTotal: time,
            .wallClock: time,
        ]
    }

    /// A configuration recording `thresholds`' metrics, for a benchmark whose iterations
    /// take tens to hundreds of milliseconds.
    ///
    /// - Parameter memoryTolerance: the allowed growth of the peak resident memory, in per
    ///   cent; `nil` where the peak depends on how threads happen to interleave, and is
    ///   printed only.
    public static func configuration(
        maxIterations: Int = 20, maxDuration: Duration = .seconds(10), memoryTolerance: Double? = tolerance
    ) -> Benchmark.Configuration {
        Benchmark.Configuration(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
            warmupIterations: 1,
            maxDuration: maxDuration,
            maxIterations: maxIterations,
            thresholds: thresholds(memoryTolerance: memoryTolerance)
        )
    }
}
