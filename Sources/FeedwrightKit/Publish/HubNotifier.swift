import FeedFetch
import FeedWriter

/// Tells the WebSub hubs of `websub.hubs` which feeds a build changed (a "publish" ping,
/// W3C WebSub §7), so that the hubs fetch them and push the new items to subscribers.
///
/// Runs after the files are committed: a hub that is down must never keep readers from
/// the new feeds, so every failure is only a warning. The pings go through the build's
/// fetcher policy (its timeouts, User-Agent and allowed addresses) and at once, so that a
/// dead hub costs one timeout rather than one per feed; the policy's per-host limit keeps
/// the load on any one hub small.
struct HubNotifier {
    var config: FeedwrightConfig

    /// Notifies every hub of every changed file in `files`, and says how each ping went, in
    /// hub then file order. Sends nothing when no hub is configured or no feed changed.
    func announce(_ files: [WrittenFile], writer: OutputWriter) async -> [HubPing] {
        let feeds = files.filter(\.changed).compactMap { writer.selfURL($0.format) }
        let pairs = config.websub.hubs.flatMap { hub in feeds.map { (hub: hub, feed: $0) } }
        guard !pairs.isEmpty else { return [] }
        let fetcher = Fetcher(policy: FetchPolicyBuilder.policy(config.fetch, feedLink: config.feed.link))
        var pings = [HubPing?](repeating: nil, count: pairs.count)
        await withTaskGroup(of: (Int, HubPing).self) { group in
            for (index, pair) in pairs.enumerated() {
                group.addTask { (index, await ping(pair.hub, about: pair.feed, with: fetcher)) }
            }
            for await (index, ping) in group { pings[index] = ping }
        }
        await fetcher.shutdown()
        return pings.compactMap { $0 }
    }

    /// One ping; its failure in words unless the hub answered 2xx.
    private func ping(_ hub: String, about feed: String, with fetcher: Fetcher) async -> HubPing {
        let form = FormBody([.init(name: "hub.mode", value: "publish"), .init(name: "hub.url", value: feed)])
        do {
            _ = try await fetcher.fetch(FetchRequest(url: hub, form: form))
            return HubPing(hub: hub, feed: feed, failure: nil)
        } catch {
            return HubPing(hub: hub, feed: feed, failure: error.description)
        }
    }
}

/// One WebSub publish ping of a build.
public struct HubPing: Sendable, Equatable {
    /// The hub's URL, as in `websub.hubs`.
    public var hub: String
    /// The public URL of the changed feed the hub was told of.
    public var feed: String
    /// Why the hub did not accept the ping, `nil` when it answered 2xx.
    public var failure: String?

    /// `warning: websub hub H: publish of F failed: why`, or `nil` for a ping that went
    /// through; in the style of the failed-source warning, so logs read alike.
    public var warning: String? {
        failure.map { "warning: websub hub \(hub): publish of \(feed) failed: \($0)" }
    }
}
