import FeedModel

/// The rubric pages, and the links from rubric labels to them.
extension PageViewBuilder {
    /// The page of one rubric, `categories/<slug>/index.html`: its entries grouped by day
    /// like the timeline, its own feeds in the head and the subscribe line, and the way back
    /// to the whole site and its feeds. `self` is built from the rubric's entries only.
    func rubricIndex(_ rubric: Rubric) -> PageView {
        let root = "../../"
        let entries = uniqueEntries()
        let items = entries.map { item($0, root: root) }
        let groups = DayGrouping.group(items, of: entries, in: settings.timeZone, language: language)
        return page(
            root: root, title: "\(feed.title) — \(rubric.name)", days: groups.days,
            undated: groups.undated.isEmpty ? nil : GroupView(items: groups.undated), entry: nil,
            feedsRoot: "", rubric: RubricView(name: rubric.name, mainFeeds: feedLinks(root: root)))
    }

    /// The entry's rubric labels as links to their pages, in the order of ``ItemView/rubrics``;
    /// none when rubrics have no pages (`output.categories` off).
    func rubricPages(_ entry: Entry, root: String) -> [RubricLinkView] {
        guard !settings.rubricSlugs.isEmpty else { return [] }
        return Rubric.names(of: entry).compactMap { name in
            settings.rubricSlugs[RubricSlug.nameKey(name)].map {
                RubricLinkView(name: name, url: root + SitePaths.rubricPage(slug: $0))
            }
        }
    }
}
