import FeedTestSupport
import Foundation
import Testing

@Suite("feedwright emit and build")
struct CLIPublishTests {
    static let site = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(
        "site")

    @Test("writes the three feeds, then leaves them alone", arguments: ["emit", "build"])
    func writesThenLeavesAlone(command: String) throws {
        let sandbox = try Sandbox(copying: Self.site)
        defer { sandbox.remove() }
        let first = try CLIRunner.run([command], in: sandbox.root)
        #expect(first.status == 0)
        #expect(first.stderr.isEmpty)
        #expect(
            first.stdout == """
                wrote feeds/rss.xml (rss, 11 items)
                wrote feeds/atom.xml (atom, 11 items)
                wrote feeds/feed.json (json, 11 items)
                wrote 2 of 2 HTML pages (0 unchanged)

                """)
        let written = sandbox.feeds()
        let second = try CLIRunner.run([command, "--config", "config.json"], in: sandbox.root)
        #expect(second.status == 0)
        #expect(second.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("unchanged ") })
        #expect(sandbox.feeds() == written)
    }

    @Test func anUndatedArticleIsAnnouncedOnStderr() throws {
        let sandbox = try Sandbox(copying: Self.site)
        defer { sandbox.remove() }
        let config = sandbox.root.appendingPathComponent("config.json")
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: config)) as! [String: Any]
        object.removeValue(forKey: "pinnedDates")
        try JSONSerialization.data(withJSONObject: object).write(to: config)
        let result = try CLIRunner.run(["build", "--quiet"], in: sandbox.root)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("seeds/000_b01014d3eaefd666.txt:12: warning: \"Работа с гражданским"))
        #expect(result.stderr.contains("has no publication date"))
    }

    @Test func usageErrorsComeFromTheArgumentParser() throws {
        let result = try CLIRunner.run(
            ["emit", "--no-such-flag"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unknown option '--no-such-flag'"))
    }
}
