import Foundation
import NIOConcurrencyHelpers
import Prometheus

/// What `/metrics` shows (Prometheus text format) and `/healthz` sums up: the builds run
/// in-process and the requests answered.
final class ServerMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    private let requestCounters: [Counter]
    private let buildDuration: DurationHistogram
    private let lastItems: Gauge
    private let last = NIOLockedValueBox<(outcome: BuildOutcome, finished: Date)?>(nil)

    init() {
        let registry = PrometheusCollectorRegistry()
        self.registry = registry
        requestCounters = (1...5).map { digit in
            registry.makeCounter(
                descriptor: Self.name("http_requests", "total", "HTTP requests answered, by status class."),
                labels: [("status_class", "\(digit)xx")])
        }
        buildDuration = registry.makeDurationHistogram(
            descriptor: Self.name("build_duration", "seconds", "How long the in-process builds took."),
            buckets: [
                .milliseconds(100), .milliseconds(500), .seconds(1), .seconds(5), .seconds(15), .seconds(30),
                .seconds(60), .seconds(300),
            ])
        lastItems = registry.makeGauge(
            descriptor: Self.name(
                "last_build", "items", "Items in the feeds the last in-process build wrote."))
    }

    /// `feedwright_<metric>_<unit>`.
    private static func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "feedwright", metricName: metric, unitName: unit, helpText: help)
    }

    /// Counts one answered request.
    func countRequest(status: Int) {
        let digit = status / 100
        guard (1...5).contains(digit) else { return }
        requestCounters[digit - 1].increment()
    }

    /// Records a finished build: its exit code, duration, items and failed sources.
    func record(_ outcome: BuildOutcome, finished: Date = Date()) {
        registry.makeCounter(
            descriptor: Self.name(
                "builds", "total",
                "In-process builds, by the exit code `feedwright build` would have had (75: skipped, lock busy)."
            ),
            labels: [("exit_code", "\(outcome.exitCode)")]
        ).increment()
        buildDuration.record(outcome.duration)
        // A skipped round wrote nothing: the feeds still hold the previous build's items.
        if outcome.exitCode != 75 { lastItems.set(Double(outcome.itemCount)) }
        for source in outcome.failedSources {
            registry.makeCounter(
                descriptor: Self.name(
                    "source_failures", "total",
                    "Partner source failures in in-process builds, by source name."),
                labels: [("source", source)]
            ).increment()
        }
        last.withLockedValue { $0 = (outcome, finished) }
    }

    /// The Prometheus text exposition of every metric.
    func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }

    /// The `/healthz` body: `{"status":"ok"}`, with the last build when there was one.
    func health() -> [UInt8] {
        let report = HealthReport(
            status: "ok", lastBuild: last.withLockedValue { $0 }.map(HealthReport.Build.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return Array((try? encoder.encode(report)) ?? Data(#"{"status":"ok"}"#.utf8))
    }
}

/// `/healthz`: the server answers, and how its last in-process build ended.
private struct HealthReport: Encodable {
    struct Build: Encodable {
        var exitCode: Int32
        var finishedAt: Date
        var durationSeconds: Double
        var itemCount: Int
        var failedSources: [String]
        var message: String

        init(_ last: (outcome: BuildOutcome, finished: Date)) {
            exitCode = last.outcome.exitCode
            finishedAt = last.finished
            let parts = last.outcome.duration.components
            durationSeconds = Double(parts.seconds) + Double(parts.attoseconds) / 1e18
            itemCount = last.outcome.itemCount
            failedSources = last.outcome.failedSources
            message = last.outcome.message
        }
    }

    var status: String
    var lastBuild: Build?
}
