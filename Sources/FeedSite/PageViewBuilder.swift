import FeedDates
import FeedModel
import Foundation

/// Turns a feed into the values templates see. Every string from the feed stays raw here;
/// escaping is the template library's job, so nothing is escaped twice.
struct PageViewBuilder {
    let feed: Feed
    let settings: SiteSettings
    let language: SiteLanguage
    var strings: SiteStrings { language.strings }

    init(feed: Feed, settings: SiteSettings) {
        self.feed = PageText.cleaned(feed)
        self.settings = settings
        self.language = SiteLanguage.forTag(feed.language)
    }

    /// The timeline page.
    func index() -> PageView {
        let entries = uniqueEntries()
        let items = entries.map { item($0, root: "") }
        let groups = DayGrouping.group(items, of: entries, in: settings.timeZone, language: language)
        return page(
            root: "", title: feed.title, days: groups.days,
            undated: groups.undated.isEmpty ? nil : GroupView(items: groups.undated), entry: nil)
    }

    /// The page of one own article.
    func article(_ entry: Entry) -> PageView {
        let shown = item(entry, root: "../")
        return page(
            root: "../", title: "\(shown.title) — \(feed.title)", days: [], undated: nil, entry: shown)
    }

    /// The entries in feed order, each id once: a repeated id would repeat an HTML id.
    func uniqueEntries() -> [Entry] {
        var seen = Set<String>()
        return feed.entries.filter { seen.insert(SitePaths.anchor(for: $0)).inserted }
    }

    /// A page `root` away from the output directory; `feedsRoot` is where the feeds it
    /// names live (a rubric page names its own, beside it), `rubric` is set on rubric pages.
    func page(
        root: String, title: String, days: [DayView], undated: GroupView?, entry: ItemView?,
        feedsRoot: String? = nil, rubric: RubricView? = nil
    ) -> PageView {
        PageView(
            lang: feed.language.flatMap { $0.isBlank ? nil : $0 } ?? "en",
            root: root,
            pageTitle: title.isBlank ? strings.untitled : title,
            indexURL: root + SitePaths.index,
            feed: FeedView(
                title: feed.title, subtitle: feed.subtitle,
                home: WebLink.href(feed.link(rel: "alternate")?.href)),
            feeds: feedLinks(root: feedsRoot ?? root, siteRoot: root),
            feedsTitle: rubric.map { "\(feed.title) — \($0.name)" } ?? feed.title,
            strings: strings,
            days: days,
            undated: undated,
            isEmpty: days.isEmpty && undated == nil,
            entry: entry,
            rubric: rubric)
    }

    /// The three feed files seen from `root`, and the site's OPML list, which lives in the
    /// output directory (`siteRoot`, by default `root`) whatever feeds a page names.
    func feedLinks(root: String, siteRoot: String? = nil) -> FeedLinksView {
        FeedLinksView(
            rss: root + Self.pathEncoded(settings.rssFileName),
            atom: root + Self.pathEncoded(settings.atomFileName),
            json: root + Self.pathEncoded(settings.jsonFileName),
            opml: settings.opmlFileName.map { (siteRoot ?? root) + Self.pathEncoded($0) })
    }

    func item(_ entry: Entry, root: String) -> ItemView {
        let zone = settings.timeZone
        let local = entry.effectiveDate.map { LocalTime($0, in: zone) }
        let rubrics = entry.categories.map { $0.label.flatMap { $0.isBlank ? nil : $0 } ?? $0.term }
        let back =
            entry.effectiveDate.map { SitePaths.dayAnchor(for: $0, in: zone) } ?? SitePaths.anchor(for: entry)
        let own = entry.origin == nil
        return ItemView(
            id: entry.id,
            anchor: SitePaths.anchor(for: entry),
            title: entry.title.isBlank ? strings.untitled : entry.title,
            url: url(of: entry, root: root),
            datetime: entry.effectiveDate.map { FeedDateFormat.rfc3339($0, in: zone) },
            time: local?.clock,
            date: local.map(language.dateLabel),
            rubrics: rubrics,
            rubricPages: rubricPages(entry, root: root),
            hasRubrics: !rubrics.isEmpty,
            isPartner: !own,
            source: entry.origin.map {
                SourceView(name: $0.name, url: WebLink.href($0.siteURL ?? $0.feedURL))
            },
            backURL: "\(root)\(SitePaths.index)#\(back)",
            contentHTML: own && entry.content?.kind == .html ? entry.content?.value : nil,
            paragraphs: entry.content.map(Self.paragraphs) ?? [])
    }

    /// Where an item's title links: an own article's page, a partner item's own http(s) link.
    private func url(of entry: Entry, root: String) -> String? {
        guard entry.origin != nil else { return SitePaths.articlePath(for: entry).map { root + $0 } }
        return WebLink.href(entry.link(rel: "alternate")?.href)
    }

    /// Plain-text content split at line breaks, blank lines dropped; HTML content gives
    /// none, since it is printed as `contentHTML` or, for partners, not at all.
    static func paragraphs(_ content: Text) -> [String] {
        guard content.kind == .plain else { return [] }
        return content.value.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// A file name as a URL path: a space or `#` in a configured name must not break the
    /// link.
    static func pathEncoded(_ name: String) -> String {
        name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name
    }
}
