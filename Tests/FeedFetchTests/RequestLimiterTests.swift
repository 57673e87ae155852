import Foundation
import Testing

@testable import FeedFetch

@Suite("Request limiter")
struct RequestLimiterTests {
    /// Counts what runs at once, per host and overall.
    actor Gauge {
        private var running: [String: Int] = [:]
        private(set) var peakByHost: [String: Int] = [:]
        private(set) var peak = 0

        func enter(_ host: String) {
            running[host, default: 0] += 1
            peakByHost[host] = max(peakByHost[host, default: 0], running[host]!)
            peak = max(peak, running.values.reduce(0, +))
        }

        func leave(_ host: String) { running[host, default: 0] -= 1 }
    }

    @Test func neitherLimitIsEverExceeded() async throws {
        let limiter = RequestLimiter(overall: 3, perHost: 2)
        let gauge = Gauge()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<60 {
                let host = "host\(index % 5)"
                group.addTask {
                    try await limiter.withSlot(host: host) {
                        await gauge.enter(host)
                        try await Task.sleep(for: .milliseconds(2))
                        await gauge.leave(host)
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(await gauge.peak == 3)
        #expect(await gauge.peakByHost.values.allSatisfy { $0 <= 2 })
    }

    @Test func aCancelledWaiterGivesUpItsPlace() async throws {
        let limiter = RequestLimiter(overall: 1, perHost: 1)
        try await limiter.acquire("a")
        let waiting = Task { try await limiter.acquire("a") }
        try await Task.sleep(for: .milliseconds(20))
        waiting.cancel()
        await #expect(throws: CancellationError.self) { try await waiting.value }
        await limiter.release("a")
        // The slot is free again: the cancelled waiter did not take it.
        try await limiter.acquire("a")
        await limiter.release("a")
    }
}
