public import FeedDates

/// A seed file as the newsroom's page shows it: a block title, a timeline of headlines,
/// and at most one article. Positions are kept so that later stages can name the line.
public struct SeedPage: Sendable, Equatable {
    /// The first line of the page, e.g. "Последние новости".
    public var blockTitle: String
    /// The timeline in page order (newest first on the newsroom's pages, but not relied on).
    public var headlines: [SeedHeadline]
    /// The article below the timeline; pages without one are common.
    public var article: SeedArticle?

    /// A page as the parser builds it; public so tests and tools can build pages directly.
    public init(blockTitle: String, headlines: [SeedHeadline], article: SeedArticle?) {
        self.blockTitle = blockTitle
        self.headlines = headlines
        self.article = article
    }
}

/// One timeline line `DD.MM.YYYY, HH:MM Title`; the time is wall-clock time in the
/// page's time zone, which the page itself does not state.
public struct SeedHeadline: Sendable, Equatable {
    /// 1-based line in the seed file, for messages about this headline.
    public var line: Int
    /// The minute as the page shows it; an instant only once the page's zone is applied.
    public var localTime: CivilDateTime
    /// The headline as written, after the time.
    public var title: String

    /// A headline as the parser builds it.
    public init(line: Int, localTime: CivilDateTime, title: String) {
        self.line = line
        self.localTime = localTime
        self.title = title
    }
}

/// The article block: title, rubric, blank line, paragraphs. It carries no date.
public struct SeedArticle: Sendable, Equatable {
    /// 1-based line of the article's title, for messages about the article.
    public var line: Int
    /// The article's title, which is also its identity.
    public var title: String
    /// The section it belongs to (`Политика`), published as its category.
    public var rubric: String
    /// The text, one element per non-empty line; never empty.
    public var paragraphs: [String]

    /// An article as the parser builds it.
    public init(line: Int, title: String, rubric: String, paragraphs: [String]) {
        self.line = line
        self.title = title
        self.rubric = rubric
        self.paragraphs = paragraphs
    }
}
