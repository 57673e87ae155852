import FeedState
import FeedTestSupport
import FeedwrightKit
import Foundation
import Testing

/// The state database and the published feeds never disagree: the state is saved before
/// the feeds are committed and only when they can be; a corrupt database is moved aside
/// and rebuilt; every run is in the history, finished or not.
@Suite("State safety")
struct StateSafetyTests {
    static let undatedTitle = FirstSeenTests.articleTitle

    func unpinned(_ site: SiteSandbox) throws -> FeedwrightConfig {
        try site.config { $0.removeValue(forKey: "pinnedDates") }
    }

    func undatedID(_ site: SiteSandbox) throws -> String {
        let json = try JSONSerialization.jsonObject(with: Data(site.output("feed.json"))) as! [String: Any]
        let items = json["items"] as! [[String: Any]]
        return try #require(items.first { $0["title"] as? String == Self.undatedTitle }?["id"] as? String)
    }

    /// Overwrites 4 KB in the middle of the file, past its header.
    func scribble(_ file: URL) throws {
        let handle = try FileHandle(forUpdating: file)
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: size / 2)
        handle.write(Data((0..<4096).map { UInt8($0 % 251) }))
    }

    @Test func aBuildThatCannotWriteItsFeedsSavesNoFirstSeenDate() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try unpinned(site)
        _ = try await site.build(config)
        let id = try undatedID(site)
        let feeds = site.root.appendingPathComponent("feeds")
        try FileManager.default.removeItem(at: feeds)
        try FileManager.default.removeItem(at: config.state.path.deletingLastPathComponent())
        try Data("not a folder".utf8).write(to: feeds)
        await #expect(throws: FeedwrightError.self) { _ = try await site.build(config) }
        #expect(try StateStore(path: config.state.path).firstSeen(itemID: id) == nil)
    }

    @Test func aDryRunSavesNothing() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try unpinned(site)
        let report = try await Publisher(config: config, now: FixedClock.now).run(dryRun: true)
        #expect(report.files.allSatisfy { $0.changed })
        #expect(!FileManager.default.fileExists(atPath: config.state.path.path))
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("feeds").path))
    }

    @Test func aCorruptDatabaseIsMovedAsideAndTheUndatedItemKeepsItsDate() async throws {
        let site = try SiteSandbox("sample")
        defer { site.remove() }
        let config = try unpinned(site)
        _ = try await site.build(config)
        let published = try site.output("feed.json")
        try scribble(config.state.path)
        #expect(throws: StateError.self) { _ = try StateStore(path: config.state.path) }
        let later = FixedClock.instant.addingTimeInterval(86_400)
        let report = try await site.build(config, now: { later })
        let recovery = try #require(report.stateRecovery)
        #expect(report.needsAttention)
        #expect(recovery.movedTo.hasSuffix("state.sqlite.corrupt-20260116T093000Z"))
        let folder = config.state.path.deletingLastPathComponent()
        #expect(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(
                    "state.sqlite.corrupt-20260116T093000Z"
                ).path))
        #expect(try site.output("feed.json") == published)
        #expect(report.warnings.contains { $0.message.contains("moved it aside to") })
    }

    @Test func aCorruptDatabaseIsDescribedInOurWords() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("corrupt-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("state.sqlite")
        try Data(repeating: 0x5A, count: 8192).write(to: file)
        let error = try #require(throws: StateError.self) { _ = try StateStore(path: file) }
        #expect(error.problem == .corrupt)
        #expect(error.description == "\(file.path): " + error.explanation(naming: file.path))
        #expect(error.description.contains("the next feedwright build moves it aside"))
        #expect(!error.description.contains("SQLite error"))
        #expect(error.verboseDescription.contains("detail: SQLite error 26"))
    }

    @Test func onlyTheLatestRunsKeepTheirPerSourceRows() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("runs-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try StateStore(path: directory.appendingPathComponent("state.sqlite"))
        let first = Date(timeIntervalSince1970: 1_768_469_400)
        let runs = StateStore.keptSourceRuns + 10
        for index in 0..<runs {
            let started = first.addingTimeInterval(Double(index) * 900)
            let (id, _) = try store.beginRun(started: started, pid: 1)
            try store.finishRun(
                id: id,
                RunRecord(
                    started: started, ended: started.addingTimeInterval(1), exitCode: 0, items: index,
                    sources: [RunRecord.Source(name: "Wire", status: "ok")]))
        }
        let recorded = try store.recentRuns(limit: runs)
        #expect(recorded.count == runs)
        #expect(recorded.prefix(StateStore.keptSourceRuns).allSatisfy { $0.sources.count == 1 })
        #expect(recorded.dropFirst(StateStore.keptSourceRuns).allSatisfy { $0.sources.isEmpty })
    }

    @Test func aRunLeftRunningIsMarkedInterruptedByTheNextOne() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("runs-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try StateStore(path: directory.appendingPathComponent("state.sqlite"))
        let first = Date(timeIntervalSince1970: 1_768_469_400)
        _ = try store.beginRun(started: first, pid: 1)
        let (id, dead) = try store.beginRun(started: first.addingTimeInterval(900), pid: 2)
        #expect(dead.map(\.started) == [first])
        #expect(dead.map(\.pid) == [1])
        try store.finishRun(
            id: id,
            RunRecord(
                started: first.addingTimeInterval(900), ended: first.addingTimeInterval(901), exitCode: 0,
                items: 12))
        let runs = try store.recentRuns(limit: 5)
        #expect(runs.map(\.outcome) == [.finished, .interrupted])
        #expect(runs.map(\.exitCode) == [0, nil])
        #expect(runs[1].message == StateStore.deadRunMessage)
        #expect(runs[0].items == 12)
    }

    @Test func statusShowsInterruptedAndRunningRuns() {
        let zone = TimeZone(identifier: "Europe/Moscow")!
        let started = Date(timeIntervalSince1970: 1_768_469_400)
        let status = StatusReport(
            runs: [
                RunRecord(started: started, ended: nil, exitCode: nil, items: 0, outcome: .running),
                RunRecord(
                    started: started, ended: started.addingTimeInterval(2), exitCode: 143, items: 0,
                    message: "stopped by SIGTERM; the published feeds were left as they were",
                    outcome: .interrupted),
                RunRecord(
                    started: started, ended: nil, exitCode: nil, items: 0, message: StateStore.deadRunMessage,
                    outcome: .interrupted),
            ], failing: [])
        let lines = StatusText.render(status, timeZone: zone).split(separator: "\n").map(String.init)
        #expect(lines[1] == "  2026-01-15 12:30:00 +03:00  running")
        #expect(
            lines[2]
                == "  2026-01-15 12:30:00 +03:00  interrupted (exit 143)  2.0 s: stopped by SIGTERM; "
                + "the published feeds were left as they were")
        #expect(lines[3] == "  2026-01-15 12:30:00 +03:00  interrupted: " + StateStore.deadRunMessage)
    }
}
