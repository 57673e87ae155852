public import FeedSeed
public import FeedState
public import FeedXML
import Foundation

/// Everything that stops a build, as one line a user can act on.
public enum FeedwrightError: Error, CustomStringConvertible {
    /// `config.json` could not be read, parsed or checked.
    case config(ConfigError)
    /// A setting names something that does not exist (`seeds.directory`, …).
    case setting(file: String, keyPath: String, message: String)
    /// A seed file does not parse.
    case seed(SeedError)
    /// The state database could not be opened, read or written.
    case state(StateError)
    /// A feed could not be serialised; `format` is `rss`, `atom` or `json`.
    case render(format: String, XMLWriterError)
    /// A file or directory could not be read or written; `message` says which step
    /// failed and why.
    case io(path: String, message: String)
    /// The feed written would not validate; the published one was kept.
    case invalidOutput(path: String, findings: [String], total: Int)
    /// The HTML pages could not be rendered (a template of `output.templates` that cannot
    /// be read, parsed or rendered); `message` names the template.
    case pages(String)

    /// One line naming the file (and key path) and what is wrong; `invalidOutput` lists
    /// its findings on the lines after.
    public var description: String {
        switch self {
        case .config(let error): error.description
        case .setting(let file, let keyPath, let message): "\(file): \(keyPath): \(message)"
        case .seed(let error): error.description
        case .state(let error): Self.describe(error)
        case .render(let format, let error): "cannot write the \(format) feed: \(error.reason)"
        case .io(let path, let message): "\(path): \(message)"
        case .invalidOutput(let path, let findings, let total):
            "\(path): the new feed has \(total) validation error(s), so the published file was kept:\n"
                + findings.joined(separator: "\n")
        case .pages(let message): "cannot write the HTML pages: \(message); nothing was written"
        }
    }

    /// The state database named as the user reads paths (relative to the working folder).
    private static func describe(_ error: StateError) -> String {
        let shown = PathDisplay.relative(URL(fileURLWithPath: error.path))
        return "\(shown): \(error.explanation(naming: shown))"
    }

    /// The description, followed for a state error by the SQLite or system message behind
    /// it (`--verbose`).
    public func message(verbose: Bool) -> String {
        guard verbose, case .state(let error) = self else { return description }
        return "\(description)\n  detail: \(error.detail)"
    }
}

/// Paths as a user wants to read them: relative to the working directory when below it.
enum PathDisplay {
    static func relative(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        let prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
