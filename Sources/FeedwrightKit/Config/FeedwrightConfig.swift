public import FeedAggregator
public import FeedSchedule
public import Foundation

/// The contents of a Feedwright `config.json`, checked and with defaults filled in.
///
/// Produced by ``ConfigLoader``. Relative paths in the file are resolved against the
/// directory holding the config file, so every `URL` here is an absolute file URL.
///
/// ```json
/// {
///   "feed": {"title": "Новости", "link": "https://news.example.ru/", "language": "ru"},
///   "seeds": {"directory": "seeds"},
///   "sources": [{"name": "Wire", "url": "https://wire.example.net/rss", "timeZone": "Europe/Moscow"}],
///   "dedup": {"window": "30m"},
///   "schedule": {"cron": "*/15 * * * *", "timeZone": "Europe/Moscow"},
///   "output": {"directory": "feeds", "baseURL": "https://news.example.ru/feeds/"},
///   "pinnedDates": {"Заголовок": "2025-05-12T17:00:00+03:00"},
///   "state": {"path": ".feedwright/state.sqlite"}
/// }
/// ```
public struct FeedwrightConfig: Sendable, Equatable {
    /// `feed` (required object): what the published feeds say about themselves.
    public var feed: FeedSettings
    /// `seeds` (optional object): where the seed files live; `nil` when the key is absent,
    /// in which case no seed files are read.
    public var seeds: SeedSettings?
    /// `output` (required object): where and under which names the feeds are written.
    public var output: OutputSettings
    /// `pinnedDates` (optional object): publication dates for seed items that carry none,
    /// keyed by the item's title exactly as it appears in the seed. Each value is an
    /// RFC 3339 date-time with `Z` or a `±hh:mm` offset. Empty when the key is absent.
    public var pinnedDates: [String: Date]
    /// `sources` (optional array): partner feeds merged into the site's own items, each
    /// `{"name", "url", "timeZone"?, "enabled"?, "maxItems"?, "maxAge"?}`; `url` is an
    /// http(s) URL or a file path (relative to the config file). Empty when absent.
    public var sources: [PartnerSource] = []
    /// `dedup` (optional object): when a partner item is the same as one already kept.
    public var dedup = DedupSettings()
    /// `fetch` (optional object): timeouts, limits and allowed addresses for fetching.
    public var fetch = FetchSettings()
    /// `limits` (optional object): what a partner item (and a seed title) may carry before it
    /// is repaired: `futureDates`, `earliestDate`, `titleLength`, `summaryLength`,
    /// `contentLength` (see ``ItemLimits`` and the README's "Limits").
    public var limits = ItemLimits()
    /// `schedule` (optional object): when cron runs `feedwright build`.
    public var schedule: ScheduleSettings?
    /// `state` (optional object): where the state database lives.
    public var state: StateSettings
    /// `websub` (optional object): the hubs the feeds name and a build notifies.
    public var websub = WebSubSettings()
    /// The config file itself, as the caller named it (relative URLs stay relative).
    public var file: URL

    /// A config of the parts every file has; `sources`, `dedup`, `fetch`, `limits` and
    /// `schedule` start at their defaults, and the loader sets them afterwards.
    public init(
        feed: FeedSettings, seeds: SeedSettings?, output: OutputSettings,
        pinnedDates: [String: Date], state: StateSettings, file: URL
    ) {
        self.feed = feed
        self.seeds = seeds
        self.output = output
        self.pinnedDates = pinnedDates
        self.state = state
        self.file = file
    }
}

/// The `seeds` object of `config.json` (optional): where the seed files are read from.
///
/// The loader does not check that the directory exists; the caller does, so that it can
/// report the problem together with the seeds' context.
public struct SeedSettings: Sendable, Equatable {
    /// `seeds.directory` (required inside `seeds`): the directory holding the seed files,
    /// resolved against the config file's directory when relative.
    public var directory: URL

    /// Settings reading seeds from `directory`.
    public init(directory: URL) {
        self.directory = directory
    }
}

/// The `state` object of `config.json` (optional): the state database's location.
public struct StateSettings: Sendable, Equatable {
    /// `state.path` (required inside `state`): the SQLite file, resolved against the config
    /// file's directory when relative. Defaults to `.feedwright/state.sqlite` beside the
    /// config file when `state` is absent.
    public var path: URL

    /// Settings keeping the state database at `path`.
    public init(path: URL) {
        self.path = path
    }
}

/// The `schedule` object of `config.json` (optional): when cron regenerates the feeds.
public struct ScheduleSettings: Sendable, Equatable {
    /// `schedule.cron` (required inside `schedule`): a five-field cron expression or a
    /// macro such as `@hourly`.
    public var expression: CronExpression
    /// `schedule.timeZone`: the zone the expression is meant in; the system's zone (where
    /// cron reads it) when absent.
    public var timeZone: TimeZone?
    /// `schedule.log`: where the scheduled builds append what they print; default
    /// `build.log` beside the state database.
    public var log: URL

    /// A schedule running at `expression`, read in `timeZone`, logging to `log`.
    public init(expression: CronExpression, timeZone: TimeZone?, log: URL) {
        self.expression = expression
        self.timeZone = timeZone
        self.log = log
    }
}
