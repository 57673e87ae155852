public import Foundation

/// One `feedwright build`, as the run history keeps it.
public struct RunRecord: Sendable, Equatable {
    /// How far a run got.
    public enum Outcome: String, Sendable {
        /// Recorded at its start and not finished yet (or, seen by a later run, dead).
        case running
        /// Ran to its end, whatever its exit code.
        case finished
        /// Stopped before its end: by a signal it caught, or found unfinished by the next run.
        case interrupted
    }

    /// When the build began; the run's key in the history.
    public var started: Date
    /// `nil` while running, and for a run that died without saying when.
    public var ended: Date?
    /// `nil` while running, and for a run that died without an exit code.
    public var exitCode: Int?
    /// Items in the published feeds (0 when nothing was written).
    public var items: Int
    /// The error that stopped the build, or why it was interrupted.
    public var message: String?
    /// Whether the run finished, is still running, or was stopped.
    public var outcome: Outcome
    /// One entry per partner source, in config order.
    public var sources: [Source]

    /// How one partner source fared in the run.
    public struct Source: Sendable, Equatable {
        /// The source's configured name.
        public var name: String
        /// The report's status word (`ok`, `not-modified`, `failed`, …), kept as text so
        /// that old rows stay readable when the words grow.
        public var status: String
        /// Why the source failed, when it did.
        public var error: String?
        /// Items seen for the first time in this run.
        public var newItems: Int
        /// Items dropped as the same story as one already kept.
        public var duplicates: Int
        /// Items that made it into the published feeds.
        public var kept: Int
        /// Wall time spent reading and parsing the source.
        public var seconds: Double

        /// A source's line in the history; counts default to 0 for a source not read.
        public init(
            name: String, status: String, error: String? = nil, newItems: Int = 0, duplicates: Int = 0,
            kept: Int = 0, seconds: Double = 0
        ) {
            self.name = name
            self.status = status
            self.error = error
            self.newItems = newItems
            self.duplicates = duplicates
            self.kept = kept
            self.seconds = seconds
        }
    }

    /// A run as recorded; a finished run with no sources unless given.
    public init(
        started: Date, ended: Date?, exitCode: Int?, items: Int, message: String? = nil,
        outcome: Outcome = .finished, sources: [Source] = []
    ) {
        self.started = started
        self.ended = ended
        self.exitCode = exitCode
        self.items = items
        self.message = message
        self.outcome = outcome
        self.sources = sources
    }
}
