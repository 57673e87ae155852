import FeedModel
public import Foundation

/// Fetches feeds over HTTP the way publishers expect of a good citizen: a User-Agent that
/// names Feedwright, conditional requests, compression, few requests at once per host,
/// bounded redirects, sizes and times. It also protects the machine it runs on: addresses
/// that are not public are refused unless the policy allows them, on every redirect hop.
public final class Fetcher: Sendable {
    /// The User-Agent Feedwright sends unless told otherwise: `Feedwright/<version>`, then
    /// ` (+<contact>)` when there is a contact URL, the way polite crawlers name a page
    /// whose operator a publisher can reach. The contact must be the operator's own (their
    /// site), never a project URL that says nothing about who is fetching.
    public static func userAgent(contact: String?) -> String {
        let product = "Feedwright/\(FeedwrightVersion.current)"
        guard let contact, !contact.isEmpty else { return product }
        return "\(product) (+\(contact))"
    }

    /// The limits and manners every fetch of this fetcher follows.
    public let policy: FetchPolicy
    let now: @Sendable () -> Date
    private let limiter: RequestLimiter

    /// - Parameter now: the clock that turns a `Retry-After` date into a wait.
    public init(policy: FetchPolicy = FetchPolicy(), now: @escaping @Sendable () -> Date = { Date() }) {
        self.policy = policy
        self.now = now
        self.limiter = RequestLimiter(overall: policy.overallLimit, perHost: policy.perHostLimit)
    }

    /// Nothing is pooled between fetches (each hop gets a connection pinned to the address
    /// that was checked), so there is nothing to release; kept for callers that say when
    /// they are done.
    public func shutdown() async {}

    /// Fetches `request.url`, following redirects itself so that each hop is checked and
    /// recorded. Returns 2xx and 304 responses; everything else throws. A request with a
    /// ``FetchRequest/form`` is posted, under the same policy, and follows no redirect.
    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        let transfer = Transfer(policy: policy.overridden(by: request), request: request, now: now)
        do {
            return try await follow(transfer)
        } catch let error as FetchError {
            throw error
        } catch {
            throw transfer.classify(error)
        }
    }

    private func follow(_ transfer: Transfer) async throws -> FetchResponse {
        let policy = transfer.policy
        var url = try Self.validated(transfer.request.url, relativeTo: nil)
        var redirects: [FetchResponse.Redirect] = []
        var visited: Set<String> = [url.absoluteString]
        var budget = policy.totalTimeout
        while true {
            let (outcome, spent) = try await hop(url, transfer: transfer, budget: budget)
            budget -= spent
            switch outcome {
            case .done(var response):
                response.redirects = redirects
                return response
            case .redirect(let status, _) where transfer.request.form != nil:
                throw FetchError.status(status, url: url.absoluteString)
            case .redirect(let status, let location):
                let next = try Self.validated(location, relativeTo: url)
                redirects.append(.init(from: url.absoluteString, to: next.absoluteString, status: status))
                guard visited.insert(next.absoluteString).inserted else {
                    throw FetchError.redirectLoop(url: next.absoluteString)
                }
                guard redirects.count <= policy.maxRedirects else {
                    throw FetchError.tooManyRedirects(limit: policy.maxRedirects)
                }
                url = next
            }
        }
    }

    /// One request under the host's concurrency slot. Only time spent holding the slot
    /// counts against the total timeout: waiting behind our own limits is not the server's
    /// slowness.
    private func hop(
        _ url: URL, transfer: Transfer, budget: Duration
    ) async throws -> (Outcome, spent: Duration) {
        let seconds = Self.wholeSeconds(transfer.policy.totalTimeout)
        return try await limiter.withSlot(host: url.host?.lowercased() ?? "") {
            let started = ContinuousClock.now
            let outcome = try await TimeLimit.run(within: budget, reportedAs: seconds) {
                try await transfer.exchange(url)
            }
            return (outcome, ContinuousClock.now - started)
        }
    }

    static func validated(_ text: String, relativeTo base: URL?) throws(FetchError) -> URL {
        guard let url = URL(string: text, relativeTo: base)?.absoluteURL,
            ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host?.isEmpty == false
        else {
            throw .invalidURL(text)
        }
        return url
    }

    static func wholeSeconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) + (attoseconds > 0 ? 1 : 0)
    }
}

/// What one request led to.
enum Outcome: Sendable {
    case done(FetchResponse)
    case redirect(status: Int, location: String)
}

/// Races work against a clock. AsyncHTTPClient's own deadline stops at the response head,
/// and a server that drips its body a byte at a time would otherwise never time out.
enum TimeLimit {
    static func run<T: Sendable>(
        within limit: Duration, reportedAs seconds: Int, _ work: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await work() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let value = try await group.next() ?? nil else {
                throw FetchError.timedOut(seconds: seconds)
            }
            return value
        }
    }
}
