import FeedwrightKit
import Foundation
import Testing

@Suite("serve --build-every: the in-process build")
struct InProcessBuildTests {
    @Test("A build of the sample site ends 0 with its items; the next one finds the same")
    func buildsTheSite() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let outcome = await InProcessBuild(configFile: site.configFile).run()
        #expect(outcome.exitCode == 0, "\(outcome.message)")
        #expect(outcome.itemCount > 0)
        #expect(outcome.failedSources.isEmpty)
        #expect(outcome.message.hasPrefix("wrote 3 of 3 files, \(outcome.itemCount) items"))
        #expect(outcome.duration > .zero)
        #expect(!(try site.output("rss.xml")).isEmpty)

        let again = await InProcessBuild(configFile: site.configFile).run()
        #expect(again.exitCode == 0)
        #expect(again.itemCount == outcome.itemCount)
    }

    @Test("While another build holds the lock, the round is skipped with exit code 75 and nothing is written")
    func busyLockSkips() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try site.config()
        let held = try BuildLock.acquire(forState: config.state.path)
        let outcome = await InProcessBuild(configFile: site.configFile).run()
        withExtendedLifetime(held) {}
        #expect(outcome.exitCode == BuildLock.busyExitCode)
        #expect(outcome.message.contains("another feedwright build is running"))
        #expect(
            !FileManager.default.fileExists(
                atPath: config.output.directory.appendingPathComponent("rss.xml").path))
    }

    @Test("A config that does not load is exit code 1 with the config's own message")
    func badConfig() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        try Data("{".utf8).write(to: site.configFile)
        let outcome = await InProcessBuild(configFile: site.configFile).run()
        #expect(outcome.exitCode == 1)
        #expect(outcome.message.contains("config.json"))
    }

    @Test("--build-every takes config.json's durations, positive only")
    func intervals() {
        #expect(InProcessBuild.interval("30m") == .seconds(1800))
        #expect(InProcessBuild.interval("1h30m") == .seconds(5400))
        #expect(InProcessBuild.interval("45s") == .seconds(45))
        #expect(InProcessBuild.interval("0m") == nil)
        #expect(InProcessBuild.interval("5x") == nil)
        #expect(InProcessBuild.interval("") == nil)
    }
}
