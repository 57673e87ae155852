/// How one in-process build ended, as `serve --build-every` reports it in `/healthz`, in
/// `/metrics` and in its log. The build itself is the caller's: FeedServer only runs it.
public struct BuildOutcome: Sendable, Equatable {
    /// The exit code `feedwright build` would have ended with: 0, 3 (partial), 1 (failed),
    /// 75 (another build held the lock, so this round was skipped).
    public var exitCode: Int32
    /// How long the build took.
    public var duration: Duration
    /// Items in the feeds the build wrote; 0 when it wrote none.
    public var itemCount: Int
    /// Names of the partner sources that failed, as configured.
    public var failedSources: [String]
    /// One line: what was written, or why nothing was.
    public var message: String

    /// An outcome with every field given.
    public init(exitCode: Int32, duration: Duration, itemCount: Int, failedSources: [String], message: String)
    {
        self.exitCode = exitCode
        self.duration = duration
        self.itemCount = itemCount
        self.failedSources = failedSources
        self.message = message
    }
}

/// The build `serve --build-every` runs: given as a closure so that the server needs
/// nothing of the build's modules.
public typealias ServerBuild = @Sendable () async -> BuildOutcome
