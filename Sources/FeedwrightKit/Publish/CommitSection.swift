import Foundation

/// The one part of a build a signal must not cut short: saving the state and renaming the
/// staged feeds into place. A stop asked for before it runs at once (nothing was saved,
/// nothing published); one asked for during it waits until the feeds and the state agree.
///
/// The stop action ends the process (`Never`), and runs with the section's lock held, so
/// no commit can begin while the process is on its way out.
public final class CommitSection: @unchecked Sendable {
    // @unchecked: every stored property is read and written only with `lock` held.
    private let lock = NSLock()
    private var inside = false
    private var committed = false
    private var deferredStop: (@Sendable (_ feedsWritten: Bool) -> Never)?

    /// A section not yet entered, to hand to both ``Publisher/run(dryRun:state:commit:)``
    /// and the signal handler.
    public init() {}

    /// Runs `body` (the state save and the renames) as the protected section.
    func run<T>(_ body: () throws(FeedwrightError) -> T) throws(FeedwrightError) -> T {
        lock.lock()
        inside = true
        lock.unlock()
        defer { leave() }
        let value = try body()
        lock.lock()
        committed = true
        lock.unlock()
        return value
    }

    private func leave() {
        lock.lock()
        inside = false
        if let stop = deferredStop { stop(committed) }
        lock.unlock()
    }

    /// Ends the run through `stop`: now, or, during the commit, as soon as it is over.
    /// `stop` learns whether the new feeds were published.
    public func stop(_ stop: @escaping @Sendable (_ feedsWritten: Bool) -> Never) {
        lock.lock()
        if inside {
            deferredStop = stop
            lock.unlock()
            return
        }
        stop(committed)
    }
}
