import FeedAggregator
public import FeedServer
public import Foundation

/// `serve --build-every`: what `feedwright build` does (config, lock, state, run history,
/// publisher), run inside the server's process and summed up as a ``BuildOutcome``
/// instead of printed. The config is read again for each build, so an edit to
/// config.json reaches the next build as it would reach cron's.
public struct InProcessBuild: Sendable {
    /// The config file, as given to `serve --config`.
    public var configFile: URL

    /// A build of the site `configFile` describes.
    public init(configFile: URL) {
        self.configFile = configFile
    }

    /// Runs one build; never throws: every way it can end is an outcome with the exit code
    /// `build` would have had (75 when another build holds the lock).
    public func run() async -> BuildOutcome {
        let clock = ContinuousClock()
        var outcome = BuildOutcome(exitCode: 1, duration: .zero, itemCount: 0, failedSources: [], message: "")
        let elapsed = await clock.measure { outcome = await attempt() }
        outcome.duration = elapsed
        return outcome
    }

    private func attempt() async -> BuildOutcome {
        let session: BuildSession
        do {
            session = try BuildSession.open(configFile: configFile, dryRun: false)
        } catch {
            switch error {
            case .config(let error): return Self.failed(1, error.description)
            case .lock(let error):
                if case .busy = error { return Self.failed(BuildLock.busyExitCode, error.description) }
                return Self.failed(1, error.description)
            case .state(let error): return Self.failed(1, error.description)
            }
        }
        defer { session.close() }
        return await publish(session)
    }

    private func publish(_ session: BuildSession) async -> BuildOutcome {
        // Only a dry run has no recorded run, and this build is never one.
        guard let recorded = session.recorded else { return Self.failed(1, "the run could not be recorded") }
        do {
            let report = try await Publisher(config: session.config).run(state: session.state)
            let code: Int32 = report.needsAttention ? 3 : 0
            let historyWarning = recorded.finish(exitCode: code, report: report)
            return BuildOutcome(
                exitCode: code, duration: .zero, itemCount: report.itemCount,
                failedSources: report.sources.filter(\.status.isFailure).map(\.name),
                message: Self.summary(
                    report, extra: session.deadRunWarnings + [historyWarning].compactMap { $0 }))
        } catch {
            if let warning = recorded.finish(exitCode: 1, report: nil, error: error.description) {
                return Self.failed(1, error.description + "; " + warning)
            }
            return Self.failed(1, error.description)
        }
    }

    /// One line: the files written and the items, then the warnings `build` would print.
    static func summary(_ report: BuildReport, extra: [String]) -> String {
        let written = report.files.filter(\.changed).count
        var parts = ["wrote \(written) of \(report.files.count) files, \(report.itemCount) items"]
        parts += report.warnings.map(\.description)
        parts += report.sources.filter(\.status.isFailure).map {
            "source \($0.name): \(BuildReportText.statusText($0))"
        }
        parts += report.hubPings.compactMap(\.warning)
        parts += extra
        return parts.joined(separator: "; ")
    }

    private static func failed(_ code: Int32, _ message: String) -> BuildOutcome {
        BuildOutcome(exitCode: code, duration: .zero, itemCount: 0, failedSources: [], message: message)
    }
}

extension InProcessBuild {
    /// What `--build-every` accepts: a duration as config.json writes them.
    public static let intervalSyntax = ConfigDuration.expected

    /// `--build-every`'s value ("30m", "1h30m"); `nil` when it is not a positive duration.
    public static func interval(_ text: String) -> Duration? {
        guard let seconds = ConfigDuration.parse(text), seconds > 0 else { return nil }
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }
}
