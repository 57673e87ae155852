public import Foundation

/// The `output` object of `config.json` (required): where the feeds and pages are written.
public struct OutputSettings: Sendable, Equatable {
    /// `output.directory` (required): the directory the feed files are written into,
    /// resolved against the config file's directory when relative.
    public var directory: URL
    /// `output.baseURL` (optional): the absolute `http(s)` URL the files are published
    /// under, used for self links; no query or fragment. A missing trailing `/` is added,
    /// since it names a directory. `nil` when absent: the feeds then carry no self link.
    public var baseURL: String?
    /// `output.rss` (optional): the RSS 2.0 file's name, default `rss.xml`.
    public var rssFileName: String
    /// `output.atom` (optional): the Atom 1.0 file's name, default `atom.xml`.
    public var atomFileName: String
    /// `output.json` (optional): the JSON Feed 1.1 file's name, default `feed.json`.
    ///
    /// All three names are plain file names (no `/`, not `.` or `..`) and must differ from
    /// each other, compared case-insensitively so that they also differ on macOS volumes.
    public var jsonFileName: String
    /// `output.pages` (optional, default `true`): whether `build` also writes the HTML
    /// pages (`index.html` and one page per article) beside the feeds.
    public var pages: Bool
    /// `output.templates` (optional): a directory of Mustache templates replacing the
    /// built-in ones of the same name, resolved against the config file's directory.
    public var templates: URL?
    /// `output.categories` (optional, default `false`): whether `build` also writes, for
    /// every rubric with items in the published feed, its own three feeds and (with
    /// `output.pages`) its page under `categories/<slug>/`; see docs/categories.md.
    public var categories = false
    /// `output.opml` (optional, off by default): a plain file name such as `sources.opml`
    /// under which `build` publishes the sources as an OPML 2.0 list, linked from the pages.
    public var opmlFileName: String?
    /// `output.archive` (optional): RFC 5005 archive pages of the items that left the
    /// feeds; `nil` (the default) keeps no archive.
    public var archive: ArchiveSettings?

    /// Settings writing into `directory`, with `config.json`'s default file names unless
    /// others are given, and the HTML pages from the built-in templates.
    public init(
        directory: URL, baseURL: String? = nil, rssFileName: String = "rss.xml",
        atomFileName: String = "atom.xml", jsonFileName: String = "feed.json", pages: Bool = true,
        templates: URL? = nil
    ) {
        self.directory = directory
        self.baseURL = baseURL
        self.rssFileName = rssFileName
        self.atomFileName = atomFileName
        self.jsonFileName = jsonFileName
        self.pages = pages
        self.templates = templates
    }
}
