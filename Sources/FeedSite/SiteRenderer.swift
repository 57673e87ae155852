public import FeedModel
import Mustache

/// Renders the human view of a published feed: the timeline and one page per own article.
public struct SiteRenderer: Sendable {
    /// What the renderer was set up with.
    public let settings: SiteSettings
    private let library: MustacheLibrary

    /// Loads the default templates and, from `settings.templates`, any override files;
    /// a template that cannot be read or parsed is an error naming its file and line.
    public init(settings: SiteSettings) throws(SiteError) {
        self.settings = settings
        self.library = try SiteTemplates.library(overrides: settings.templates)
    }

    /// `index.html` first, then one page per own entry with content, sorted by path.
    /// Pure: the same feed and settings give the same bytes.
    public func render(_ feed: Feed) throws(SiteError) -> [SitePage] {
        let views = PageViewBuilder(feed: feed, settings: settings)
        var pages = [try page(SitePaths.index, template: "index", view: views.index())]
        let articles = views.uniqueEntries().compactMap { entry in
            SitePaths.articlePath(for: entry).map { (path: $0, entry: entry) }
        }
        for article in articles.sorted(by: { $0.path < $1.path }) {
            pages.append(try page(article.path, template: "article", view: views.article(article.entry)))
        }
        return pages
    }

    /// One page per rubric of `feed` that has a slug in ``SiteSettings/rubricSlugs``, at
    /// `categories/<slug>/index.html`, sorted by path; none when the option is off.
    public func renderRubrics(_ feed: Feed) throws(SiteError) -> [SitePage] {
        var pages: [SitePage] = []
        for rubric in Rubric.all(in: feed) {
            guard let slug = settings.rubricSlugs[rubric.key] else { continue }
            var filed = feed
            filed.entries = rubric.entries
            let view = PageViewBuilder(feed: filed, settings: settings).rubricIndex(rubric)
            pages.append(try page(SitePaths.rubricPage(slug: slug), template: "index", view: view))
        }
        return pages.sorted { $0.path < $1.path }
    }

    private func page(_ path: String, template: String, view: PageView) throws(SiteError) -> SitePage {
        guard let html = library.render(view, withTemplate: template) else {
            throw SiteError(file: "\(template).\(SiteTemplates.fileExtension)", message: "no such template")
        }
        return SitePage(path: path, bytes: Array(html.utf8))
    }
}
