public import FeedAggregator
public import FeedState
public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The state database as a build opens it. A corrupt one is moved aside (with its journal
/// files) and a new one is started on the same run, which then rebuilds what it can from
/// the published feeds; a dry run works on a throw-away copy, so that it writes nothing.
public struct BuildState: Sendable {
    /// The open database the build reads and saves to; on a dry run, the throw-away copy.
    public let store: StateStore
    /// Set when this run found the database corrupt and started a new one.
    public let recovery: StateRecovery?
    /// The dry run's copy, removed by ``close()``.
    let scratch: URL?

    /// Opens the state database at `path` for a build. A corrupt one is replaced, and the
    /// new one gets back the partner items of `sources` still in `publishedJSON` (our JSON
    /// Feed); the dates of undated items come back from it later in the build.
    public static func open(
        path: URL, dryRun: Bool, now: Date, publishedJSON: URL? = nil, sources: [PartnerSource] = []
    ) throws(FeedwrightError) -> BuildState {
        let scratch = dryRun ? scratchCopy(of: path) : nil
        let location = scratch?.appendingPathComponent(path.lastPathComponent) ?? path
        do {
            return BuildState(store: try StateStore(path: location), recovery: nil, scratch: scratch)
        } catch  where error.problem == .corrupt {
            let movedTo = try CorruptStateFile.moveAside(location, at: now)
            let store: StateStore
            do {
                store = try StateStore(path: location)
                try store.apply(recoveredArchive(from: publishedJSON, sources: sources, now: now))
            } catch {
                throw .state(error)
            }
            let shownMove = scratch == nil ? movedTo : CorruptStateFile.asideName(for: path, at: now)
            let recovery = StateRecovery(
                database: PathDisplay.relative(path), movedTo: PathDisplay.relative(shownMove),
                detail: error.detail, dryRun: dryRun)
            return BuildState(store: store, recovery: recovery, scratch: scratch)
        } catch {
            throw .state(error)
        }
    }

    /// The partner items readers still see, with a bare record of each source they came
    /// from (so an archive row never lacks its source), to be fetched afresh.
    private static func recoveredArchive(from feed: URL?, sources: [PartnerSource], now: Date) -> StateChanges
    {
        var changes = StateChanges()
        guard let feed, let data = try? Data(contentsOf: feed) else { return changes }
        changes.archived = PublishedPartnerItems.archive(fromJSONFeed: data, sources: sources, seenAt: now)
        changes.sources = sources.filter { changes.archived[$0.name] != nil }.map {
            SourceRecord(name: $0.name, url: $0.location.display)
        }
        return changes
    }

    /// Opens the state database `config` names, recovering from the feeds it publishes.
    public static func open(_ config: FeedwrightConfig, dryRun: Bool, now: Date) throws(FeedwrightError)
        -> BuildState
    {
        try open(
            path: config.state.path, dryRun: dryRun, now: now,
            publishedJSON: config.output.directory.appendingPathComponent(config.output.jsonFileName),
            sources: config.sources)
    }

    /// Removes a dry run's copy.
    public func close() {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    private static func scratchCopy(of path: URL) -> URL {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("feedwright-dry-run-\(getpid())-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try? FileManager.default.copyItem(
            at: path, to: scratch.appendingPathComponent(path.lastPathComponent))
        return scratch
    }
}

/// A corrupt state database this run moved aside and replaced.
public struct StateRecovery: Sendable, Equatable {
    /// The database, as shown to the user.
    public var database: String
    /// Where the corrupt file went (for a dry run: where a build would move it).
    public var movedTo: String
    /// What SQLite found, for `--verbose`.
    public var detail: String
    /// True when a dry run found it: nothing was moved, and the warning says what a build
    /// would do.
    public var dryRun: Bool

    /// The warning the build prints.
    public var warning: BuildWarning {
        let what =
            dryRun
            ? "the state database is corrupt; a build would move it aside to \(movedTo) and start a new one"
            : "the state database was corrupt; moved it aside to \(movedTo) and started a new one"
        return BuildWarning(
            location: database,
            message: what + ", recovering the dates of undated items and the partner items still published "
                + "from the published JSON Feed (fetch state and older archived items start afresh; "
                + "the build exits 3 so that this is noticed)")
    }
}

/// Moving a corrupt database out of the way, keeping it for whoever wants to look at it.
enum CorruptStateFile {
    /// SQLite's companions of a database file, moved with it so they stay a set.
    static let siblings = ["-wal", "-shm", "-journal"]

    /// `state.sqlite.corrupt-20261205T104500Z`.
    static func asideName(for path: URL, at date: Date) -> URL {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let stamp = String(
            format: "%04d%02d%02dT%02d%02d%02dZ", parts.year!, parts.month!, parts.day!, parts.hour!,
            parts.minute!, parts.second!)
        return path.deletingLastPathComponent().appendingPathComponent(
            "\(path.lastPathComponent).corrupt-\(stamp)")
    }

    /// Renames `path` and its siblings; returns the new path of the database.
    static func moveAside(_ path: URL, at date: Date) throws(FeedwrightError) -> URL {
        var target = asideName(for: path, at: date)
        var attempt = 1
        while FileManager.default.fileExists(atPath: target.path) {
            attempt += 1
            target = URL(fileURLWithPath: asideName(for: path, at: date).path + "-\(attempt)")
        }
        guard rename(path.path, target.path) == 0 else {
            throw .io(
                path: PathDisplay.relative(path),
                message: "the state database is corrupt and cannot be moved aside "
                    + "(\(String(cString: strerror(errno)))): move it away by hand, "
                    + "or make its folder writable by the user running feedwright; nothing was written")
        }
        for suffix in siblings where FileManager.default.fileExists(atPath: path.path + suffix) {
            _ = rename(path.path + suffix, target.path + suffix)
        }
        return target
    }
}
