public import FeedModel

extension Generator {
    /// This program, as named in the feeds it writes.
    public static let feedwright = Generator(
        name: "Feedwright", version: FeedwrightVersion.current,
        uri: "https://github.com/feedwright/feedwright")
}

/// The version written into `generator` elements and the HTTP User-Agent.
public enum FeedwrightVersion {
    /// Feedwright's release version, as semantic versioning spells it.
    public static let current = "0.1.0"
}
