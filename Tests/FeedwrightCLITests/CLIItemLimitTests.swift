import FeedTestSupport
import Foundation
import Testing

/// `--max-items N` on `convert` and `validate`, over every feed in `Fixtures/item-limit`
/// (three valid items each): a limit below the count reads or checks that many and says
/// so, and `0` lifts the limit.
@Suite("convert and validate --max-items")
struct CLIItemLimitTests {
    static let directory = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("item-limit")
    static let feeds = ["xml", "json"].flatMap { Fixtures.files(in: directory, withExtension: $0) }

    @Test("convert stops at the limit with a warning, and 0 reads every item", arguments: feeds)
    func convert(feed: URL) throws {
        let limited = try CLIRunner.run(["convert", feed.path, "--max-items", "2"], in: Self.directory)
        #expect(limited.status == 0)
        #expect(try Self.itemCount(limited.stdout) == 2)
        #expect(limited.stderr.contains("warning: LimitExceeded truncated:"))
        let whole = try CLIRunner.run(["convert", feed.path, "--max-items", "0"], in: Self.directory)
        #expect(whole.status == 0)
        #expect(try Self.itemCount(whole.stdout) == 3)
        #expect(!whole.stderr.contains("LimitExceeded"))
    }

    @Test("validate stops at the limit with a warning, not an error", arguments: feeds)
    func validate(feed: URL) throws {
        let limited = try CLIRunner.run(["validate", feed.path, "--max-items", "2"], in: Self.directory)
        #expect(limited.status == 0)
        let warning = try #require(limited.stdout.split(separator: "\n").first { $0.contains("ItemLimit") })
        #expect(warning.contains(": warning: ItemLimit Only the first 2 items were checked"))
        #expect(warning.contains("--max-items"))
        #expect(limited.stdout.hasSuffix("0 errors, 1 warning, 0 notes in 1 input\n"))
        let strict = try CLIRunner.run(
            ["validate", feed.path, "--max-items", "2", "--strict"], in: Self.directory)
        #expect(strict.status == 1)
        for limit in ["0", "3"] {
            let whole = try CLIRunner.run(["validate", feed.path, "--max-items", limit], in: Self.directory)
            #expect(whole.status == 0)
            #expect(whole.stdout == "0 errors, 0 warnings, 0 notes in 1 input\n")
        }
    }

    @Test("a negative limit is a usage error", arguments: ["convert", "validate"])
    func negative(command: String) throws {
        let feed = try #require(Self.feeds.first)
        let result = try CLIRunner.run([command, feed.path, "--max-items=-1"], in: Self.directory)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--max-items must be 0 (no limit) or a positive number, not -1"))
    }

    /// The number of items in a JSON Feed `convert` wrote.
    private static func itemCount(_ json: String) throws -> Int {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return try #require(object?["items"] as? [Any]).count
    }
}
