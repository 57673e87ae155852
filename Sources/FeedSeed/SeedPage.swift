public import FeedDates

/// A seed file as the newsroom's page shows it: a block title, a timeline of headlines,
/// and at most one article. Positions are kept so that later stages can name the line.
public struct SeedPage: Sendable, Equatable {
    /// The first line of the page, e.g. "Последние новости".
    public var blockTitle: String
    public var headlines: [SeedHeadline]
    public var article: SeedArticle?

    public init(blockTitle: String, headlines: [SeedHeadline], article: SeedArticle?) {
        self.blockTitle = blockTitle
        self.headlines = headlines
        self.article = article
    }
}

/// One timeline line `DD.MM.YYYY, HH:MM Title`; the time is wall-clock time in the
/// page's time zone, which the page itself does not state.
public struct SeedHeadline: Sendable, Equatable {
    public var line: Int
    public var localTime: CivilDateTime
    public var title: String

    public init(line: Int, localTime: CivilDateTime, title: String) {
        self.line = line
        self.localTime = localTime
        self.title = title
    }
}

/// The article block: title, rubric, blank line, paragraphs. It carries no date.
public struct SeedArticle: Sendable, Equatable {
    public var line: Int
    public var title: String
    public var rubric: String
    public var paragraphs: [String]

    public init(line: Int, title: String, rubric: String, paragraphs: [String]) {
        self.line = line
        self.title = title
        self.rubric = rubric
        self.paragraphs = paragraphs
    }
}
