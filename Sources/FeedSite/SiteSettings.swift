public import Foundation

/// What the pages need to know beyond the feed itself.
public struct SiteSettings: Sendable, Equatable {
    /// The feed's zone: the days the timeline is grouped by and the local times shown.
    public var timeZone: TimeZone
    /// The RSS file's name in the output directory, for `<link rel="alternate">`.
    public var rssFileName: String
    /// The Atom file's name in the output directory, for `<link rel="alternate">`.
    public var atomFileName: String
    /// The JSON Feed file's name in the output directory, for `<link rel="alternate">`.
    public var jsonFileName: String
    /// `output.templates`: a directory whose `<name>.mustache` files replace the default
    /// templates of those names; `nil` uses the defaults only.
    public var templates: URL?
    /// `output.categories`: name key (``RubricSlug/nameKey(_:)``) → slug of every rubric
    /// that has its own page; empty when the option is off, and rubrics are then plain labels.
    public var rubricSlugs: [String: String] = [:]
    /// `output.opml`: the OPML list of the site's sources in the output directory, linked
    /// from every page (`<link rel="outline">` and beside the feeds); `nil` when not published.
    public var opmlFileName: String?

    /// Settings for pages in `timeZone` beside the three feed files, with optional overrides.
    public init(
        timeZone: TimeZone,
        rssFileName: String = "rss.xml",
        atomFileName: String = "atom.xml",
        jsonFileName: String = "feed.json",
        templates: URL? = nil,
        opmlFileName: String? = nil
    ) {
        self.opmlFileName = opmlFileName
        self.timeZone = timeZone
        self.rssFileName = rssFileName
        self.atomFileName = atomFileName
        self.jsonFileName = jsonFileName
        self.templates = templates
    }
}

/// One rendered page: where it goes in the output directory and its UTF-8 bytes.
public struct SitePage: Sendable, Equatable {
    /// The page's path relative to the output directory, e.g. `articles/<hex>.html`.
    public var path: String
    /// The page's HTML, UTF-8 encoded.
    public var bytes: [UInt8]

    /// A page at `path` holding `bytes`.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
