import FeedModel
import FeedSite
import Foundation

/// The human view of a build: `index.html` and the article pages, rendered from the same
/// published feed as the three feed files, into the same output directory.
struct SitePages {
    var settings: OutputSettings
    var timeZone: TimeZone
    /// The config file as the user named it, for messages about `output.templates`.
    var configName: String

    /// Gives each of the site's own items that has no link one to its page or timeline
    /// anchor, so that readers can open every item. Needs `output.baseURL`: feeds carry
    /// absolute links only, and without it the pages' URL is unknown.
    func linking(_ feed: Feed) -> Feed {
        guard settings.pages, let base = settings.baseURL else { return feed }
        return SiteLinker.linking(feed, baseURL: base)
    }

    /// The pages for `feed`, none when `output.pages` is false; with `rubricSlugs` (name key
    /// → slug, `output.categories`), rubric labels link to their pages.
    func render(_ feed: Feed, rubricSlugs: [String: String] = [:]) throws(FeedwrightError) -> [RenderedFeeds
        .Page]
    {
        guard settings.pages else { return [] }
        try checkTemplateDirectory()
        let site = siteSettings(rubricSlugs)
        do {
            let pages = try SiteRenderer(settings: site).render(feed).map {
                RenderedFeeds.Page(target: target($0.path), bytes: $0.bytes)
            }
            // Committed in this order: the articles before the timeline that links to them.
            let isIndex = { (page: RenderedFeeds.Page) in page.target == target(SitePaths.index) }
            return pages.filter { !isIndex($0) } + pages.filter(isIndex)
        } catch {
            throw .pages(error.description)
        }
    }

    /// One page per rubric with a slug in `rubricSlugs`; none when `output.pages` is false.
    func renderRubrics(_ feed: Feed, rubricSlugs: [String: String]) throws(FeedwrightError) -> [RenderedFeeds
        .Page]
    {
        guard settings.pages, !rubricSlugs.isEmpty else { return [] }
        do {
            return try SiteRenderer(settings: siteSettings(rubricSlugs)).renderRubrics(feed).map {
                RenderedFeeds.Page(target: target($0.path), bytes: $0.bytes)
            }
        } catch {
            throw .pages(error.description)
        }
    }

    /// Whether `page` is the timeline, which the commit renames after every page it links to.
    func isTimeline(_ page: RenderedFeeds.Page) -> Bool {
        page.target == target(SitePaths.index)
    }

    private func siteSettings(_ rubricSlugs: [String: String]) -> SiteSettings {
        var site = SiteSettings(
            timeZone: timeZone, rssFileName: settings.rssFileName, atomFileName: settings.atomFileName,
            jsonFileName: settings.jsonFileName, templates: settings.templates,
            opmlFileName: settings.opmlFileName)
        site.rubricSlugs = rubricSlugs
        return site
    }

    /// The file a page's relative path names, inside the output directory.
    private func target(_ path: String) -> URL {
        settings.directory.appendingPathComponent(path, isDirectory: false)
    }

    /// A missing template folder is a setting to fix, not a reason to fall back silently
    /// to the built-in look.
    private func checkTemplateDirectory() throws(FeedwrightError) {
        guard let templates = settings.templates else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: templates.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw .setting(
                file: configName, keyPath: "output.templates",
                message: "\(PathDisplay.relative(templates)) is not a directory; nothing was written")
        }
    }

    /// Removes this process's staged pages, for a signal handler that ends the process
    /// before they were committed; the pages' names are not known there, so the folders
    /// pages go into are searched for this process's temporaries.
    static func discardStaged(in directory: URL) {
        let pageSuffix = ".html.\(getpid()).tmp"
        let rubrics = directory.appendingPathComponent(SitePaths.rubricsFolder, isDirectory: true)
        // A rubric's folder holds its feeds as well as its page: any of our temporaries goes.
        let rubricFolders = names(in: rubrics).map {
            (rubrics.appendingPathComponent($0, isDirectory: true), ".\(getpid()).tmp")
        }
        let folders =
            [
                (directory, pageSuffix),
                (directory.appendingPathComponent("articles", isDirectory: true), pageSuffix),
            ]
            + rubricFolders
        for (folder, suffix) in folders {
            for name in names(in: folder) where name.hasPrefix(".") && name.hasSuffix(suffix) {
                AtomicFile.discard(folder.appendingPathComponent(name))
            }
        }
    }

    private static func names(in folder: URL) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    }
}

/// One HTML page of a build.
public struct WrittenPage: Sendable, Equatable {
    /// The page, relative to the working directory when below it, as messages show it.
    public var path: String
    /// False when the page already held exactly these bytes and was left alone.
    public var changed: Bool

    /// `false` for the site's other files written with the pages (`output.opml`).
    var isHTML: Bool { path.hasSuffix(".html") }
}
