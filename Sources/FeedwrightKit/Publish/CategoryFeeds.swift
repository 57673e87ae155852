import FeedModel
import FeedSite
import FeedWriter
import Foundation

/// The per-rubric feeds of `output.categories`: for every rubric with items in the published
/// feed, its three files under `categories/<slug>/`, holding the same items as the main feed
/// (same ids, same rendering), only those filed under the rubric, in the same order.
struct CategoryFeeds {
    var writer: OutputWriter
    /// Name key → slug, for every rubric of the feed (``RubricSlugs/byKey``).
    var slugs: [String: String]

    /// Every rubric's three files, in rubric order then format order; nothing is validated
    /// or written here.
    func render(_ feed: Feed) throws(FeedwrightError) -> [RenderedFeeds.File] {
        var files: [RenderedFeeds.File] = []
        for rubric in Rubric.all(in: feed) {
            guard let slug = slugs[rubric.key] else { continue }
            for format in FeedFormat.allCases {
                let target = folder(slug).appendingPathComponent(writer.fileName(format))
                let selfURL = url(slug, writer.fileName(format))
                let filed = rubricFeed(rubric, slug: slug, of: feed, format: format)
                files.append(
                    RenderedFeeds.File(
                        format: format, target: target,
                        // Only the main feeds are announced to the hubs, so only they name them.
                        bytes: try writer.render(filed, as: format, selfURL: selfURL, isMainFeed: false),
                        selfURL: selfURL))
            }
        }
        return files
    }

    /// The feed of one rubric as `format` shows it: titled "<feed> — <rubric>", its site link
    /// the rubric's page (when pages are written and their URL is known), and a `related`
    /// link to the main feed of the same format. JSON Feed has no field for that link; its
    /// `home_page_url`, the rubric's page, links to the main feeds instead.
    func rubricFeed(_ rubric: Rubric, slug: String, of feed: Feed, format: FeedFormat) -> Feed {
        var filed = feed
        filed.id = "\(feed.id)/\(SitePaths.rubricFolder(slug: slug))"
        filed.title = "\(feed.title) — \(rubric.name)"
        filed.entries = rubric.entries
        filed.updated = FeedAssembler.latestChange(rubric.entries)
        var links = feed.links.filter { $0.rel != "alternate" && $0.rel != "related" }
        if writer.settings.pages, let page = url(slug, SitePaths.index) {
            links.insert(Link(href: page, rel: "alternate", type: "text/html"), at: 0)
        } else if let site = feed.link(rel: "alternate") {
            links.insert(site, at: 0)
        }
        if let main = writer.selfURL(format) {
            links.append(Link(href: main, rel: "related", type: format.mediaType))
        }
        filed.links = links
        return filed
    }

    /// `categories/<slug>/` in the output directory.
    private func folder(_ slug: String) -> URL {
        writer.settings.directory.appendingPathComponent(
            SitePaths.rubricFolder(slug: slug), isDirectory: true)
    }

    /// The published URL of a file in the rubric's folder; `nil` without `output.baseURL`.
    private func url(_ slug: String, _ name: String) -> String? {
        guard let base = writer.settings.baseURL else { return nil }
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name
        return (base.hasSuffix("/") ? base : base + "/") + SitePaths.rubricFolder(slug: slug) + "/" + encoded
    }
}
