import ArgumentParser
import FeedFetch
import FeedParser
import FeedWriter
import FeedwrightKit
import Foundation

extension Feedwright {
    /// Reads any RSS, Atom or JSON Feed document and writes it in another format.
    struct Convert: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "convert",
            abstract: "Convert a feed (RSS 0.90–2.0, Atom 0.3/1.0, JSON Feed) to JSON Feed, RSS or Atom.")

        @Argument(help: "The feed: a file path, an http(s) URL, or - for standard input.")
        var input: String

        @Option(name: .long, help: "Output format: json, rss or atom.")
        var to: OutputFormat = .json

        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
        var output: String?

        @Option(name: .long, help: "How to print diagnostics on stderr: text or json.")
        var diagnostics: ReportFormat = .text

        @Flag(name: .long, help: "Republish HTML as it is, without sanitising it.")
        var noSanitize = false

        @Option(name: .long, help: "The document's URL: the base for its relative links.")
        var baseURL: String?

        @Option(name: .long, help: "Seconds a URL may take to answer completely.")
        var timeout: Int = 30

        @Option(
            name: .long,
            help: "The largest document accepted, in bytes (default: 50 MB from a URL, 256 MB from a file).")
        var maxSize: Int?

        @Option(name: .long, help: "Zone for dates written without one, and for the output (IANA name).")
        var timeZone: String = "UTC"

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The most items read (0: no limit).",
                discussion: """
                    Past them reading stops with a LimitExceeded warning, and the items before \
                    are written: a hostile million-item feed stays bounded.
                    """, valueName: "N"))
        var maxItems: Int = ItemLimit.defaultValue

        @Option(
            name: .long,
            help: ArgumentHelp(
                "Also read up to N archive pages, following prev-archive links (RFC 5005).",
                discussion: """
                    The items of the feed and of each page are written as one feed, newest page \
                    first, each id once. Relative links of a file are read beside it.
                    """, valueName: "N"))
        var followArchives: Int = 0

        func validate() throws {
            try ItemLimit.check(maxItems)
            guard (0...100_000).contains(followArchives) else {
                throw ValidationError("--follow-archives takes a number of pages from 0 to 100000")
            }
        }

        func run() async throws {
            guard let zone = TimeZone(identifier: timeZone) else {
                throw ValidationError("unknown time zone \"\(timeZone)\"")
            }
            let (source, fetched): (FeedInput, FetchResponse?)
            do throws(CommandFailure) {
                (source, fetched) = try await CommandInput(input).read(
                    timeout: timeout, maxBytes: maxSize ?? 50 << 20)
            } catch {
                throw fail(ConvertError(error))
            }
            let options = ParseOptions(
                defaultTimeZone: zone, documentURL: baseURL ?? fetched?.finalURL, sanitizeHTML: !noSanitize,
                maxBytes: maxSize ?? ParseOptions().maxBytes, maxEntries: ItemLimit.count(maxItems) ?? .max,
                httpCharset: fetched?.charset)
            for redirect in fetched?.redirects ?? [] where redirect.isPermanent {
                Console.error("\(input): note: moved permanently (\(redirect.status)) to \(redirect.to)")
            }
            let converter = Converter(
                parseOptions: options, format: to.feedFormat, outputTimeZone: zone, readAt: Date())
            let destination: CommandOutput
            do throws(CommandFailure) {
                destination = try CommandOutput(path: output)
            } catch {
                throw fail(ConvertError(error))
            }
            do throws(ConvertError) {
                let (conversion, archives) = try await convert(source, with: converter, into: destination)
                do throws(CommandFailure) {
                    try destination.commit()
                } catch {
                    throw ConvertError(error)
                }
                report(conversion, archives: archives)
            } catch {
                destination.discard()
                throw fail(error)
            }
        }

        /// The conversion, following the archive links when asked to.
        private func convert(
            _ source: FeedInput, with converter: Converter, into destination: CommandOutput
        ) async throws(ConvertError) -> (Conversion, ArchiveHistory?) {
            guard followArchives > 0 else {
                return (try converter.convert(source, inputName: input) { try destination.write($0) }, nil)
            }
            let (timeout, maxBytes) = (timeout, maxSize ?? 50 << 20)
            return try await converter.convert(
                source, inputName: input, followingArchives: followArchives,
                read: { location throws(CommandFailure) in
                    let (page, response) = try await CommandInput(location).read(
                        timeout: timeout, maxBytes: maxBytes)
                    return (page, response?.finalURL)
                }, sink: { try destination.write($0) })
        }

        private func report(_ conversion: Conversion, archives: ArchiveHistory?) {
            let parsed = conversion.parsed
            switch diagnostics {
            case .text:
                if !parsed.diagnostics.isEmpty {
                    Console.error(DiagnosticReport.text(parsed.diagnostics, input: input))
                }
                if let archives { Console.error(DiagnosticReport.text(archives, input: input)) }
                if !conversion.notes.isEmpty {
                    Console.error(DiagnosticReport.text(conversion.notes, input: input))
                }
            case .json:
                Console.error(
                    DiagnosticReport.json(parsed, notes: conversion.notes, input: input, archives: archives))
            }
        }

        /// The one error line of a failed run, in the diagnostics format asked for.
        private func fail(_ error: ConvertError) -> ExitCode {
            switch diagnostics {
            case .text: return Console.failure(error.description)
            case .json:
                Console.error(DiagnosticReport.json(error: error))
                return ExitCode.failure
            }
        }
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
