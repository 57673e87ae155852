import FeedFetch

/// The fetcher's policy from the `fetch` section of config.json (already checked by the
/// loader, so every address range parses).
enum FetchPolicyBuilder {
    static func policy(_ settings: FetchSettings) -> FetchPolicy {
        FetchPolicy(
            connectTimeout: .seconds(settings.connectTimeout), totalTimeout: .seconds(settings.timeout),
            maxBodyBytes: settings.maxBytes, perHostLimit: settings.perHost, overallLimit: settings.parallel,
            allowedAddresses: settings.allowAddresses.compactMap(AddressRange.init))
    }
}
