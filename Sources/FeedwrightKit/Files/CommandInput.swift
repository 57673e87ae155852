public import FeedFetch
public import FeedParser
import Foundation

/// A feed named on the command line: an http(s) URL to fetch, a file to stream, or `-`
/// for standard input.
///
/// `convert`, `validate` and `merge` all tell their arguments apart here, so they accept
/// the same spellings (a scheme in any case, `file://` URLs) and word the same problem
/// the same way.
public struct CommandInput: Sendable, Equatable {
    /// Where the document comes from.
    public enum Location: Sendable, Equatable {
        /// Fetched over HTTP; the text as typed, so a malformed URL is reported by the fetcher.
        case url(String)
        /// Read from the file system; a `file://` URL is turned into its path.
        case file(path: String)
        /// `-`: read to the end before parsing, since a pipe cannot be read twice.
        case standardInput
    }

    /// The argument as typed: every message names the input this way.
    public let argument: String
    /// What the argument stands for.
    public let location: Location

    /// Reads an argument the way every command does.
    public init(_ argument: String) {
        self.argument = argument
        let lowered = argument.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            location = .url(argument)
        } else if argument == "-" {
            location = .standardInput
        } else if lowered.hasPrefix("file://"), let url = URL(string: argument), url.isFileURL {
            location = .file(path: url.path)
        } else {
            location = .file(path: argument)
        }
    }

    /// A file that cannot be opened, found before any work starts so that the message
    /// names the argument as typed; URLs and standard input are judged when read.
    public func checkReadable() throws(CommandFailure) {
        guard case .file(let path) = location, let problem = FileProblem.reading(path) else { return }
        throw CommandFailure(name: argument, message: problem.reason)
    }

    /// The document (a file stays on disk to be streamed) and, for a URL, the response
    /// it came in, whose final URL and charset the parser needs.
    public func read(timeout: Int, maxBytes: Int) async throws(CommandFailure) -> (FeedInput, FetchResponse?)
    {
        switch location {
        case .url(let url):
            do {
                let response = try await Self.fetch(url, timeout: timeout, maxBytes: maxBytes)
                return (.data(response.body), response)
            } catch {
                throw CommandFailure(name: argument, message: Self.describe(error))
            }
        case .standardInput:
            return (.data(FileHandle.standardInput.readDataToEndOfFile()), nil)
        case .file(let path):
            try checkReadable()
            return (.file(path: path), nil)
        }
    }

    /// A fetch failure in words; not its advice, which speaks of config.json, and a URL
    /// typed on the command line is not in it.
    private static func describe(_ error: any Error) -> String {
        (error as? FetchError)?.description ?? FileProblem(error).description
    }

    /// The fetcher for URLs typed on the command line (`convert`, `validate`, `merge`,
    /// `discover`): such a URL is fetched wherever it points, as curl would; the address
    /// rule guards the sources read from config.json. The caller shuts it down.
    public static func fetcher(timeout: Int, maxBytes: Int) -> Fetcher {
        Fetcher(
            policy: FetchPolicy(
                totalTimeout: .seconds(timeout), maxBodyBytes: maxBytes,
                allowedAddresses: AddressRange.everything))
    }

    private static func fetch(_ url: String, timeout: Int, maxBytes: Int) async throws -> FetchResponse {
        let fetcher = fetcher(timeout: timeout, maxBytes: maxBytes)
        do {
            let response = try await fetcher.fetch(FetchRequest(url: url))
            await fetcher.shutdown()
            return response
        } catch {
            await fetcher.shutdown()
            throw error
        }
    }
}

/// An input or output a command could not use, as one line: the name the user typed,
/// then what went wrong (`out.json: cannot write: no space left on the device`).
public struct CommandFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// The argument as typed.
    public var name: String
    /// What went wrong, without the name.
    public var message: String

    /// A failure of the input or output `name`.
    public init(name: String, message: String) {
        self.name = name
        self.message = message
    }

    /// `name: message`.
    public var description: String { "\(name): \(message)" }
}
