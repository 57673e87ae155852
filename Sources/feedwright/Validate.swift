import ArgumentParser
import FeedParser
import FeedValidator
import FeedwrightKit
import Foundation

extension Feedwright {
    /// Checks feeds against the RSS, Atom and JSON Feed specifications, the way the W3C
    /// Feed Validator does, and prints coded diagnostics.
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Validate RSS, Atom and JSON Feed documents (W3C Feed Validator codes).",
            discussion: """
                Prints one line per finding, `path:line:column: error|warning|info: CODE message`, and a \
                summary. Each CODE is explained in docs/validator/CODE.md. Exit status: 0 when no input \
                has an error (warnings allowed), 1 otherwise.
                """)

        @Argument(help: "Feeds: file paths, http(s) URLs, or - for standard input.")
        var inputs: [String]

        @Option(
            name: .long, help: "Output: text (compiler-style lines) or json (an array, one object per input)."
        )
        var format: ReportFormat = .text

        @Flag(name: .long, help: "Count warnings as errors.")
        var strict = false

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The rules beyond the specification: general or podcast.",
                discussion: """
                    podcast adds Apple Podcasts' required tags (errors) and recommended ones \
                    (warnings); see docs/validating.md.
                    """, valueName: "PROFILE"))
        var profile = Validator.Profile.general.rawValue

        @Option(name: .long, help: "The document's published URL: its self link must match it.")
        var baseURL: String?

        @Option(name: .long, help: "Seconds a URL may take to answer completely.")
        var timeout: Int = 30

        @Option(name: .long, help: "The largest document fetched from a URL, in bytes (default 50 MB).")
        var maxSize: Int?

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The most items checked (0: no limit).",
                discussion: """
                    Past them checking stops with an ItemLimit warning: exit status 0, 1 with \
                    --strict.
                    """, valueName: "N"))
        var maxItems: Int = ItemLimit.defaultValue

        func validate() throws {
            guard !inputs.isEmpty else {
                throw ValidationError("give at least one feed: a file, a URL, or -")
            }
            try ItemLimit.check(maxItems)
            guard Validator.Profile(rawValue: profile) != nil else {
                let known = Validator.Profile.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("unknown profile \"\(profile)\": use one of \(known)")
            }
        }

        private var itemLimit: Int { ItemLimit.count(maxItems) ?? .max }

        /// Checked in `validate()`, so the fallback is never taken.
        private var rules: Validator.Profile { Validator.Profile(rawValue: profile) ?? .general }

        func run() async throws {
            var results: [(path: String, report: ValidationReport)] = []
            var unreadable = false
            for input in inputs {
                do throws(CommandFailure) {
                    results.append((input, try await report(for: input)))
                } catch {
                    Console.error("error: \(error)")
                    unreadable = true
                }
            }
            // With nothing read, a summary of "0 errors in 0 inputs" would read as a pass.
            if !results.isEmpty || format == .json {
                do throws(CommandFailure) {
                    try CommandOutput(path: nil).write(Array(render(results).utf8))
                } catch {
                    throw Console.failure(error.description)
                }
            }
            let failed = results.contains { strict ? $0.report.hasWarningsOrErrors : $0.report.hasErrors }
            if failed || unreadable { throw ExitCode.failure }
        }

        private func render(_ results: [(path: String, report: ValidationReport)]) -> String {
            switch format {
            case .text:
                results.map { ValidationRenderer.text($0.report, path: $0.path) }.joined()
                    + ValidationRenderer.summary(results.map(\.report), strict: strict) + "\n"
            case .json:
                ValidationRenderer.json(results, strict: strict)
            }
        }

        /// Reads the input as `convert` does; a fetched document's URL (after redirects) is
        /// its address unless `--base-url` names another.
        private func report(for input: String) async throws(CommandFailure) -> ValidationReport {
            let (source, response) = try await CommandInput(input).read(
                timeout: timeout, maxBytes: maxSize ?? 50 << 20)
            let documentURL = baseURL ?? response?.finalURL
            switch source {
            case .data(let data):
                return Validator.validate(
                    Array(data), documentURL: documentURL, maxItems: itemLimit, profile: rules)
            case .file(let path):
                return Validator.validate(
                    path: path, documentURL: documentURL, maxItems: itemLimit, profile: rules)
            }
        }
    }
}
