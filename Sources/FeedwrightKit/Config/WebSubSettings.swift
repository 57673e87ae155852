import FeedJSON

/// The `websub` object of `config.json` (optional): the WebSub hubs that subscribers are
/// pointed at and that every build which changed a feed notifies, so that feed readers
/// subscribed through a hub hear of new items at once instead of on their next poll.
public struct WebSubSettings: Sendable, Equatable {
    /// `websub.hubs` (optional): absolute `http(s)` URLs of the hubs, in the order the feeds
    /// list them and the build notifies them. Empty when absent: the feeds then name no hub
    /// and no hub is notified.
    public var hubs: [String]

    /// Settings naming `hubs`; none by default.
    public init(hubs: [String] = []) {
        self.hubs = hubs
    }
}

extension ConfigLoader {
    static let webSubKeys = ["hubs"]

    /// `websub`, checked: every hub an absolute http(s) URL, none twice, and an
    /// `output.baseURL`, because a hub knows a feed only by its public URL.
    static func webSub(_ top: ConfigObject, output: OutputSettings) throws(ConfigIssue) -> WebSubSettings {
        guard let object = try top.object("websub", keys: webSubKeys) else { return WebSubSettings() }
        let hubs = try strings(object, "hubs") ?? []
        for (index, hub) in hubs.enumerated() {
            let path = JSONText.keyPath(object.keyPath("hubs"), index: index)
            guard ConfigFormat.isHTTPURL(hub), !hub.contains(where: \.isWhitespace) else {
                throw .invalid(path, expected: "an absolute http(s) hub URL", found: hub)
            }
            guard !hubs[..<index].contains(hub) else {
                throw ConfigIssue(keyPath: path, message: "\(OneLineText.quoted(hub)) is listed twice")
            }
        }
        if !hubs.isEmpty && output.baseURL == nil {
            throw ConfigIssue(
                keyPath: object.keyPath("hubs"),
                message:
                    "hubs know a feed by its public URL: set output.baseURL to where the feeds are published")
        }
        return WebSubSettings(hubs: hubs)
    }
}
