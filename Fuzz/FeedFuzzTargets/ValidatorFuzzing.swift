import FeedValidator
import Foundation

/// Validates any bytes, as `feedwright validate` does, and checks that both renderings
/// keep their promises: one line per finding, and JSON that parses.
enum ValidatorFuzzing {
    /// A fixed clock, so that a crash found once replays the same way.
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func run(_ input: Data) {
        let report = Validator.validate(
            [UInt8](input), documentURL: "https://news.example/feeds/rss.xml", now: now)
        let text = ValidationRenderer.text(report, path: "feed.xml")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        invariant(lines.count == report.diagnostics.count, "a finding spans lines: \(text)")
        let json = ValidationRenderer.json([(path: "feed.xml", report: report)])
        invariant(
            (try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil, "invalid JSON report: \(json)")
    }
}
