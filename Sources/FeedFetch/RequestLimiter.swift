/// Caps requests in flight, overall and per host, so that a run over many sources never
/// hammers one publisher. Waiters are served first come, first served, except that one
/// blocked only by its own host's cap does not hold up requests to other hosts.
actor RequestLimiter {
    private struct Waiter {
        var id: Int
        var host: String
        var continuation: CheckedContinuation<Void, any Error>
    }

    private let overall: Int
    private let perHost: Int
    private var running = 0
    private var runningByHost: [String: Int] = [:]
    private var waiters: [Waiter] = []
    private var nextID = 0

    init(overall: Int, perHost: Int) {
        self.overall = max(1, overall)
        self.perHost = max(1, perHost)
    }

    /// Runs `body` once a slot for `host` is free; the slot is given back however it ends.
    nonisolated func withSlot<T: Sendable>(
        host: String, _ body: @Sendable () async throws -> T
    ) async throws -> T {
        try await acquire(host)
        do {
            let result = try await body()
            await release(host)
            return result
        } catch {
            await release(host)
            throw error
        }
    }

    func acquire(_ host: String) async throws {
        if canStart(host) {
            start(host)
            return
        }
        let id = nextID
        nextID += 1
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                waiters.append(Waiter(id: id, host: host, continuation: continuation))
            }
        } onCancel: {
            Task { await self.cancel(id) }
        }
    }

    func release(_ host: String) {
        running -= 1
        runningByHost[host, default: 1] -= 1
        if runningByHost[host] == 0 { runningByHost[host] = nil }
        wakeWaiters()
    }

    private func canStart(_ host: String) -> Bool {
        running < overall && runningByHost[host, default: 0] < perHost
    }

    private func start(_ host: String) {
        running += 1
        runningByHost[host, default: 0] += 1
    }

    private func wakeWaiters() {
        var index = 0
        while index < waiters.count, running < overall {
            guard canStart(waiters[index].host) else {
                index += 1
                continue
            }
            let waiter = waiters.remove(at: index)
            start(waiter.host)
            waiter.continuation.resume()
        }
    }

    /// The cancellation handler runs outside the actor, so it can arrive after the waiter
    /// was already woken; then there is nothing to undo here.
    private func cancel(_ id: Int) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume(throwing: CancellationError())
    }
}
