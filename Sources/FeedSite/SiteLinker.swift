public import FeedModel

/// Gives the site's own items a link readers can open.
///
/// A seed headline has nothing but its time and title, so without this its items in RSS,
/// Atom and JSON Feed have no link at all and a feed reader cannot open them.
public enum SiteLinker {
    /// The feed with every own entry (`origin == nil`) that has no `alternate` link given
    /// one to its ``SitePaths/location(of:)``: `baseURL + location`, `rel="alternate"`,
    /// `type="text/html"`. `baseURL` is the published output directory and ends with `/`.
    /// Partner entries and entries that already have a link are left exactly as they are.
    public static func linking(_ feed: Feed, baseURL: String) -> Feed {
        var linked = feed
        linked.entries = feed.entries.map { linking($0, baseURL: baseURL) }
        return linked
    }

    static func linking(_ entry: Entry, baseURL: String) -> Entry {
        guard entry.origin == nil, entry.link(rel: "alternate") == nil else { return entry }
        var linked = entry
        let page = Link(href: baseURL + SitePaths.location(of: entry), rel: "alternate", type: "text/html")
        // First, so that writers taking the first alternate link pick this one.
        linked.links.insert(page, at: 0)
        return linked
    }
}
