import Foundation
import Logging
import ServiceLifecycle

/// `--build-every`: a build at start, then one every `interval`, in this process. A
/// graceful shutdown (SIGTERM, SIGINT) ends the wait between builds at once but lets a
/// running build finish: builds stage their files and rename them atomically, so
/// cancelling one would be safe for the feeds, but it would record the run as failed and
/// could leave partner fetches half done; the fetcher's timeouts bound the wait.
struct BuildLoop: Service {
    let interval: Duration
    let build: ServerBuild
    let metrics: ServerMetrics
    let logger: Logger

    func run() async throws {
        while !Task.isShuttingDownGracefully {
            // Unstructured on purpose: the build must not see the group's cancellation.
            let outcome = await Task { await build() }.value
            metrics.record(outcome)
            log(outcome)
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
        }
    }

    private func log(_ outcome: BuildOutcome) {
        let metadata: Logger.Metadata = [
            "exit_code": "\(outcome.exitCode)", "items": "\(outcome.itemCount)",
            "duration": "\(outcome.duration)",
        ]
        switch outcome.exitCode {
        case 0: logger.info("build: \(outcome.message)", metadata: metadata)
        case 75: logger.notice("build skipped: \(outcome.message)", metadata: metadata)
        default: logger.warning("build: \(outcome.message)", metadata: metadata)
        }
    }
}
