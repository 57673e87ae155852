import FeedSchedule
import FeedTestSupport
import Foundation
import Testing

/// `Fixtures/proc/<case>/`: process tables shaped like Linux's `/proc` (a directory per
/// pid with `comm`, and `cmdline` where it matters), one per situation `schedule install`
/// must tell apart; `Fixtures/proc/README.md` says what each holds.
@Suite("Finding a running cron daemon")
struct CronDaemonTests {
    static func procRoot(_ name: String) throws -> URL {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw FixtureError("the test bundle has no Fixtures directory")
        }
        return root.appendingPathComponent("proc").appendingPathComponent(name)
    }

    @Test(
        "a process table -> whether a daemon runs",
        arguments: [
            ("debian-cron", true), ("cronie", true), ("busybox-crond", true), ("no-daemon", false),
            ("busybox-shell", false),
        ])
    func table(name: String, expected: Bool) throws {
        #expect(CronDaemon.isRunning(procRoot: try Self.procRoot(name)) == expected)
    }

    @Test("a daemon known only by its executable's name")
    func executableLink() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("proc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let process = root.appendingPathComponent("4242")
        try FileManager.default.createDirectory(at: process, withIntermediateDirectories: true)
        try "worker\n".write(to: process.appendingPathComponent("comm"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: process.appendingPathComponent("exe").path, withDestinationPath: "/usr/sbin/cron")
        #expect(CronDaemon.isRunning(procRoot: root) == true)
    }

    @Test("no process table means no answer, so no warning")
    func unreadable() {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent(
            "no-proc-\(UUID().uuidString)")
        #expect(CronDaemon.isRunning(procRoot: missing) == nil)
    }
}
