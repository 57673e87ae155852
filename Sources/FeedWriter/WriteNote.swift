import FeedFormats

/// Something a writer chose on the reader's behalf and the user should hear about, such
/// as a date Atom requires that the source did not give. Writers return notes; only the
/// executable prints them.
public struct WriteNote: Sendable, Equatable, CustomStringConvertible {
    /// What kind of choice a note reports: the stable code to match on.
    public enum Code: String, Sendable, Equatable {
        /// An entry without any date was given the stand-in date for Atom's `updated`.
        case undatedEntry = "UndatedEntry"
        /// The feed had no date of its own; its `updated` is a stand-in.
        case undatedFeed = "UndatedFeed"
        /// The feed names no web site, so RSS's required channel `link` is left out rather
        /// than written empty or made up.
        case missingSiteLink = "MissingSiteLink"
    }

    /// What kind of choice was made.
    public var code: Code
    /// The details, for a person to read.
    public var message: String

    /// A note of a choice a writer made.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// `Code message`, as the command line prints it.
    public var description: String { "\(code.rawValue) \(message)" }

    /// The note for an RSS channel written without its `link`, or `nil` when it has one.
    static func siteLink(of channel: RSSChannel) -> WriteNote? {
        guard channel.link.isEmpty else { return nil }
        return WriteNote(
            .missingSiteLink,
            "the feed names no web site (no http or https link); RSS's required channel <link> is left out "
                + "(convert --base-url gives one)")
    }
}
