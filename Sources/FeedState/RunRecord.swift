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

    public var started: Date
    /// `nil` while running, and for a run that died without saying when.
    public var ended: Date?
    /// `nil` while running, and for a run that died without an exit code.
    public var exitCode: Int?
    /// Items in the published feeds (0 when nothing was written).
    public var items: Int
    /// The error that stopped the build, or why it was interrupted.
    public var message: String?
    public var outcome: Outcome
    public var sources: [Source]

    /// How one partner source fared in the run.
    public struct Source: Sendable, Equatable {
        public var name: String
        public var status: String
        public var error: String?
        public var newItems: Int
        public var duplicates: Int
        public var kept: Int
        public var seconds: Double

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
