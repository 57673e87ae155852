import FeedTestSupport
import Foundation
import Testing

/// Each directory under `Fixtures/errors` is a site that must fail: its
/// `expected-stderr.txt` says what it covers, optionally the arguments (`# args:`), and the
/// one error line expected. The site's published feeds must come through untouched.
@Suite("Bad input fails with one line and keeps the published feeds")
struct CLIErrorTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    static let cases = Fixtures.directories(in: fixtures.appendingPathComponent("errors"))

    @Test("error case", arguments: cases)
    func errorCase(directory: URL) throws {
        let sandbox = try Sandbox(copying: directory)
        defer { sandbox.remove() }
        let published = try publishGoodFeeds(into: sandbox)
        let expectation = try String(
            contentsOf: directory.appendingPathComponent("expected-stderr.txt"), encoding: .utf8)
        let lines = expectation.split(separator: "\n").map(String.init)
        let arguments = lines.first { $0.hasPrefix("# args: ") }.map {
            $0.dropFirst(8).split(separator: " ").map(String.init)
        }
        let result = try CLIRunner.run(arguments ?? ["build"], in: sandbox.root)
        #expect(result.status == 1)
        #expect(result.stderr == (lines.last ?? "") + "\n")
        #expect(result.stdout.isEmpty)
        #expect(sandbox.feeds() == published)
    }

    /// Publishes the good site's feeds into the sandbox first, so there is something to lose.
    private func publishGoodFeeds(into sandbox: Sandbox) throws -> [String: Data] {
        let good = try Sandbox(copying: Self.fixtures.appendingPathComponent("site"))
        defer { good.remove() }
        let result = try CLIRunner.run(["emit", "--quiet"], in: good.root)
        try #require(result.status == 0, "\(result.stderr)")
        try FileManager.default.copyItem(
            at: good.root.appendingPathComponent("feeds"), to: sandbox.root.appendingPathComponent("feeds"))
        let feeds = sandbox.feeds()
        try #require(["rss.xml", "atom.xml", "feed.json", "index.html"].allSatisfy { feeds[$0] != nil })
        return feeds
    }
}
