public import Foundation

/// What `build`, `emit` and `serve --build-every` hold while a build runs: the config read
/// for this build, the build lock, the opened state and the run's row in the history. Opened
/// in that order, so a busy lock stops a build before the state is touched and a state that
/// cannot record the run stops it before anything is fetched.
public struct BuildSession: Sendable {
    /// The configuration, as read for this build.
    public let config: FeedwrightConfig
    /// The state database, opened (and recovered if it was corrupt).
    public let state: BuildState
    /// The run's row in the history; `nil` for a dry run, which records nothing.
    public let recorded: RecordedRun?
    // Released when the session is freed, after the build.
    private let lock: BuildLock?

    /// Reads `configFile`, takes the lock (not for a dry run), opens the state and records
    /// the run's start.
    public static func open(configFile: URL, dryRun: Bool) throws(BuildSessionError) -> BuildSession {
        let config: FeedwrightConfig
        let lock: BuildLock?
        do {
            config = try ConfigLoader.load(from: configFile)
        } catch {
            throw .config(error)
        }
        do {
            lock = dryRun ? nil : try BuildLock.acquire(forState: config.state.path)
        } catch {
            throw .lock(error)
        }
        let state: BuildState
        do {
            state = try BuildState.open(config, dryRun: dryRun, now: Date())
        } catch {
            throw .state(error)
        }
        if dryRun { return BuildSession(config: config, state: state, recorded: nil, lock: lock) }
        do {
            let recorded = try RecordedRun.begin(store: state.store)
            return BuildSession(config: config, state: state, recorded: recorded, lock: lock)
        } catch {
            state.close()
            throw .state(error)
        }
    }

    /// Closes the state; the lock goes when the session is freed.
    public func close() {
        state.close()
    }

    /// One warning line per earlier build that never finished (killed, or the machine
    /// stopped), now marked interrupted.
    public var deadRunWarnings: [String] {
        (recorded?.deadRuns ?? []).map { started, pid in
            "warning: the build started at \(started.formatted(.iso8601))\(pid.map { " (process \($0))" } ?? "") "
                + "did not finish (it was killed, or the machine stopped); "
                + "recorded as interrupted in the run history"
        }
    }
}

/// Why a build could not start; each says what to fix, and nothing was written.
public enum BuildSessionError: Error {
    /// config.json is missing or invalid.
    case config(ConfigError)
    /// The lock is held by another build (exit 75) or cannot be created.
    case lock(BuildLockError)
    /// The state database cannot be opened or the run cannot be recorded.
    case state(FeedwrightError)
}
