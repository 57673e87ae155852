public import FeedParser

/// Why `sources export` or `sources import` did nothing. Each case is one line for the user;
/// ``isDataError`` tells the OPML file's own faults (exit 65, `EX_DATAERR`) from the
/// config's and the file system's (exit 1).
public enum SourcesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The config could not be read or is not valid.
    case config(ConfigError)
    /// The OPML file is malformed, hostile or not OPML.
    case opml(OPMLReadError)
    /// A file could not be read or written.
    case file(CommandFailure)

    /// `true` when the OPML file's content is at fault (not when it cannot be opened).
    public var isDataError: Bool {
        if case .opml(let error) = self { return !error.isUnreadable }
        return false
    }

    /// The line printed after `error: `.
    public var description: String {
        switch self {
        case .config(let error): error.description
        case .opml(let error): error.description
        case .file(let failure): failure.description
        }
    }
}
