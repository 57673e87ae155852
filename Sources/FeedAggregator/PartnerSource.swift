public import Foundation

/// A partner feed named in `config.json` `sources`: where to read it and how much of it
/// to keep.
public struct PartnerSource: Sendable, Equatable {
    /// Where a source is read from.
    public enum Location: Sendable, Equatable {
        /// An http or https URL, fetched with the build's ``Fetcher``.
        case http(URL)
        /// A local file.
        case file(URL)

        /// How the location is shown in reports and credited in `<source url="…">`.
        public var display: String {
            switch self {
            case .http(let url): url.absoluteString
            case .file(let url): url.path
            }
        }
    }

    /// The name credited in merged items and used as the key of the source's state.
    public var name: String
    /// Where the feed is read from.
    public var location: Location
    /// The zone for dates that carry none; `nil` reads them as UTC.
    public var timeZone: TimeZone?
    /// A disabled source is not read; the build reports it as disabled.
    public var enabled: Bool
    /// At most this many of the source's items are kept, newest first.
    public var maxItems: Int
    /// Items older than this (by their date) are dropped; `nil` keeps them all.
    public var maxAge: TimeInterval?

    /// A source with the config file's defaults for what is not given.
    public init(
        name: String, location: Location, timeZone: TimeZone? = nil, enabled: Bool = true,
        maxItems: Int = 100, maxAge: TimeInterval? = nil
    ) {
        self.name = name
        self.location = location
        self.timeZone = timeZone
        self.enabled = enabled
        self.maxItems = maxItems
        self.maxAge = maxAge
    }
}
