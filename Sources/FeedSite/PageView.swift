/// What a page template sees. The property names are the template variables, documented
/// in docs/pages.md; a rename here is a breaking change for users' override templates.
struct PageView: Sendable {
    /// The `lang` attribute: the feed's language, else `en`.
    let lang: String
    /// The prefix from this page to the output directory: empty, or `../` in `articles/`.
    let root: String
    /// The page's `<title>`.
    let pageTitle: String
    /// The timeline page, relative to this page.
    let indexURL: String
    let feed: FeedView
    let feeds: FeedLinksView
    /// The title of the feeds `feeds` names: the feed's, or on a rubric page its rubric feeds'.
    let feedsTitle: String
    let strings: SiteStrings
    /// The timeline's day groups, newest first (index only).
    let days: [DayView]
    /// Items without a date, after the days; `nil` when there are none (index only).
    let undated: GroupView?
    /// The timeline has no items at all (index only).
    let isEmpty: Bool
    /// The article shown (article pages only).
    let entry: ItemView?
    /// The rubric a rubric page shows; `nil` on every other page.
    let rubric: RubricView?
}

/// The rubric of a rubric page (`categories/<slug>/index.html`), whose `feeds` are the
/// rubric's own.
struct RubricView: Sendable {
    /// The rubric's name, e.g. "Политика".
    let name: String
    /// The main feeds, relative to the page.
    let mainFeeds: FeedLinksView
}

/// A rubric label that links to the rubric's page.
struct RubricLinkView: Sendable {
    let name: String
    /// The rubric's page, relative to the page showing the label.
    let url: String
}

/// The feed's own description.
struct FeedView: Sendable {
    let title: String
    let subtitle: String?
    /// The site's home page (the feed's `alternate` link), if it has one.
    let home: String?
}

/// The three feed files, relative to the page.
struct FeedLinksView: Sendable {
    let rss: String
    let atom: String
    let json: String
    /// The OPML list of the sources, `nil` when the site publishes none.
    let opml: String?
}

/// One day of the timeline in the feed's zone.
struct DayView: Sendable {
    /// The section's id, ``SitePaths/dayAnchor(for:in:)``.
    let anchor: String
    /// `YYYY-MM-DD`.
    let date: String
    /// The heading in the feed's language, e.g. "Saturday, 10 May 2025".
    let label: String
    let items: [ItemView]
}

/// A group of items without a day of their own.
struct GroupView: Sendable {
    let items: [ItemView]
}

/// One entry as the templates see it.
struct ItemView: Sendable {
    let id: String
    /// Its id on the timeline, ``SitePaths/anchor(for:)``.
    let anchor: String
    /// The title, or the "untitled" string when the entry has none.
    let title: String
    /// Where the title links: an own article's page, a partner item's own link; `nil` for
    /// headlines, whose place is their anchor.
    let url: String?
    /// RFC 3339 with the zone's offset, for `<time datetime>`; `nil` when undated.
    let datetime: String?
    /// Local `HH:mm`.
    let time: String?
    /// The local date in words, e.g. "10 May 2025".
    let date: String?
    /// Category labels (or terms) in the entry's order.
    let rubrics: [String]
    /// The same labels linking to their rubric pages; empty unless `output.categories` is on.
    let rubricPages: [RubricLinkView]
    let hasRubrics: Bool
    let isPartner: Bool
    /// The partner credited for the item; `nil` for own items.
    let source: SourceView?
    /// The timeline at this item's day (its own anchor when undated), relative to the page.
    let backURL: String
    /// An own entry's HTML content, ours and already escaped, to print unescaped.
    let contentHTML: String?
    /// Plain-text content, one string per paragraph, to print escaped.
    let paragraphs: [String]
}

/// Where a partner item came from.
struct SourceView: Sendable {
    let name: String
    /// The partner's feed URL; `nil` when it is no http(s) URL (a local file).
    let url: String?
}
