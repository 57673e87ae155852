import ArgumentParser
import FeedParser
import FeedWriter
import FeedwrightKit
import Foundation

extension Feedwright {
    /// Reads any RSS, Atom or JSON Feed document and writes it in another format.
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a feed (RSS 0.90–2.0, Atom 0.3/1.0, JSON Feed) to JSON Feed, RSS or Atom.")

        @Argument(help: "The feed: a file path, or - for standard input.")
        var input: String

        @Option(name: .long, help: "Output format: json, rss or atom.")
        var to: OutputFormat = .json

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        @Option(name: .long, help: "How to print diagnostics on stderr: text or json.")
        var diagnostics: DiagnosticsFormat = .text

        @Flag(name: .long, help: "Republish HTML as it is, without sanitising it.")
        var noSanitize = false

        @Option(name: .long, help: "The document's URL: the base for its relative links.")
        var baseURL: String?

        @Option(name: .long, help: "Zone for dates written without one, and for the output (IANA name).")
        var timeZone: String = "UTC"

        func run() throws {
            guard let zone = TimeZone(identifier: timeZone) else {
                throw ValidationError("unknown time zone \"\(timeZone)\"")
            }
            let source = try InputReader.input(input)
            let converter = Converter(
                parseOptions: ParseOptions(
                    defaultTimeZone: zone, documentURL: baseURL, sanitizeHTML: !noSanitize),
                format: to.feedFormat, outputTimeZone: zone)
            let destination = try OutputFile(path: output)
            do {
                let parsed = try converter.convert(source, inputName: input) { try destination.write($0) }
                try destination.commit()
                report(parsed)
            } catch let error as ConvertError {
                destination.discard()
                throw Console.failure(error.description)
            }
        }

        private func report(_ parsed: ParsedFeed) {
            switch diagnostics {
            case .text:
                if !parsed.diagnostics.isEmpty {
                    Console.error(DiagnosticReport.text(parsed.diagnostics, input: input))
                }
            case .json:
                Console.error(DiagnosticReport.json(parsed, input: input))
            }
        }
    }

    enum DiagnosticsFormat: String, ExpressibleByArgument {
        case text
        case json
    }
}

/// The formats `convert` writes, as spelled on the command line.
enum OutputFormat: String, ExpressibleByArgument {
    case json
    case rss
    case atom

    var feedFormat: FeedFormat {
        switch self {
        case .json: .json
        case .rss: .rss
        case .atom: .atom
        }
    }
}
