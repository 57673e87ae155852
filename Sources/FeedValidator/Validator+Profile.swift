extension Validator {
    /// Which rule set a document is held to, on top of its format's specification.
    ///
    /// `general` is what the W3C Feed Validator checks. `podcast` adds what Apple Podcasts
    /// requires of a show's RSS feed: a missing required tag (`itunes:image`, `language`,
    /// `itunes:category`, `itunes:explicit`; an episode's `title` and `enclosure`) is a
    /// `MissingItunesElement` error, a missing recommended one (`itunes:author`, an
    /// episode's `pubDate`, `description`, `link`, `itunes:duration`, `itunes:image`,
    /// `itunes:explicit`) a `MissingRecommendedElement` warning, and a show without an
    /// owner address a `MissingItunesEmail` warning. A tag the general rules already
    /// report missing (the channel's `title`, `link`, `description`, an episode's `guid`)
    /// is not reported a second time. See docs/validating.md for the sources.
    public enum Profile: String, Sendable, CaseIterable {
        /// The specifications and the W3C validator's checks: the default.
        case general
        /// The general checks plus Apple Podcasts' required and recommended tags.
        case podcast
    }
}
