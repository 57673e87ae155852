import FeedAggregator
import FeedFetch
import FeedModel
import FeedState
import Foundation

/// The partner half of a build: read every source and merge with the local items. It
/// only reads the state; what was published is remembered by the build's one state save,
/// made once the feeds are rendered and staged (see ``Publisher``).
struct PartnerMerge {
    var config: FeedwrightConfig
    var now: Date

    /// Harvests the sources and merges them with `local`. Runs even with no sources, so
    /// that the state of sources removed from config.json is dropped.
    func merge(
        local: [Entry], store: StateStore, excluding isExcluded: (@Sendable (String) -> Bool)? = nil
    ) async throws(FeedwrightError) -> ([Entry], Harvest?) {
        let fetcher = Fetcher(policy: FetchPolicyBuilder.policy(config.fetch, feedLink: config.feed.link))
        var aggregator = Aggregator(
            sources: config.sources, fetcher: fetcher, timeout: config.fetch.timeout,
            maxBytes: config.fetch.maxBytes, deduplicator: Deduplicator(window: config.dedup.window), now: now
        )
        aggregator.clashNamespace = "tag:\(config.feed.tagAuthority):partner/"
        aggregator.limits = config.limits
        aggregator.concurrentSources = max(aggregator.concurrentSources, 4 * config.fetch.parallel)
        // With an archive, every item beyond the feed's limit is needed: those not archived
        // yet are the ones leaving the feed.
        let limit = config.output.archive == nil ? config.feed.maxItems : .max
        let harvested: Harvest
        do {
            harvested = try await aggregator.harvest(
                from: store, local: local, limit: limit, excluding: isExcluded)
        } catch {
            await fetcher.shutdown()
            throw .state(error)
        }
        await fetcher.shutdown()
        var harvest = harvested
        let merged = aggregator.merge(harvest: &harvest)
        return (merged, harvest)
    }
}

/// The fetcher's policy from the `fetch` section of config.json (already checked by the
/// loader, so every address range parses); `feedLink` is the contact in the default
/// User-Agent.
enum FetchPolicyBuilder {
    static func policy(_ settings: FetchSettings, feedLink: String) -> FetchPolicy {
        FetchPolicy(
            connectTimeout: .seconds(settings.connectTimeout), totalTimeout: .seconds(settings.timeout),
            maxBodyBytes: settings.maxBytes, perHostLimit: settings.perHost, overallLimit: settings.parallel,
            allowedAddresses: settings.allowAddresses.compactMap(AddressRange.init),
            userAgent: settings.userAgent(feedLink: feedLink))
    }
}
