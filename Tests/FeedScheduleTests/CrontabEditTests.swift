import FeedSchedule
import FeedTestSupport
import Foundation
import Testing

/// `install` and `remove` as text edits over crontabs on disk: other lines stay byte for
/// byte, install is idempotent, and remove undoes install exactly.
@Suite struct CrontabEditTests {
    static let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("crontab")
    static let cases = Fixtures.files(in: folder, withExtension: "crontab").map(\.lastPathComponent)

    static let block = CrontabBlock(
        expression: try! CronExpression(parsing: "*/15 * * * *"), binary: "/usr/local/bin/feedwright",
        configPath: "/srv/site/config.json", logPath: "/srv/site/.feedwright/build.log")

    /// The fixture without its `# covers:` line, which documents it but is not part of it.
    static func crontab(_ name: String) throws -> String {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().first
            .map(String.init) ?? ""
    }

    /// Lines as cron reads them: ended by LF alone, so a CR stays part of its line.
    static func lines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n").map(String.init)
    }

    @Test(arguments: cases)
    func installLeavesOtherLinesAlone(name: String) throws {
        let before = try Self.crontab(name)
        let after = CrontabEdit.installing(Self.block, into: before)
        let kept = Self.lines(after).filter { !Self.block.lines.contains($0) }
        let original = Self.lines(before).filter { !$0.contains("/srv/site/config.json") }
        #expect(kept == original)
        #expect(after.hasSuffix("\n"))
        #expect(CrontabEdit.installed(for: "/srv/site/config.json", in: after) == Self.block)
    }

    @Test(arguments: cases)
    func installTwiceIsInstallOnce(name: String) throws {
        let once = CrontabEdit.installing(Self.block, into: try Self.crontab(name))
        #expect(CrontabEdit.installing(Self.block, into: once) == once)
    }

    @Test(arguments: cases)
    func removeUndoesInstall(name: String) throws {
        let before = try Self.crontab(name)
        guard CrontabEdit.installed(for: "/srv/site/config.json", in: before) == nil else { return }
        let after = CrontabEdit.removing(
            configPath: "/srv/site/config.json", from: CrontabEdit.installing(Self.block, into: before))
        let expected = before.isEmpty || before.hasSuffix("\n") ? before : before + "\n"
        #expect(after == expected)
    }

    @Test func removeWithoutABlockSaysSo() throws {
        #expect(
            CrontabEdit.removing(
                configPath: "/srv/site/config.json", from: try Self.crontab("other-jobs.crontab")) == nil)
    }

    @Test func anEarlierInstallIsReplacedInPlace() throws {
        let after = CrontabEdit.installing(Self.block, into: try Self.crontab("older-install.crontab"))
        let lines = after.split(separator: "\n").map(String.init)
        #expect(lines.first == "15 3 * * * /usr/bin/before")
        #expect(lines.last == "45 4 * * * /usr/bin/after")
        #expect(lines.dropFirst().dropLast() == Self.block.lines[...])
    }

    @Test func pathsAreQuotedForShellAndPercentIsEscapedForCron() throws {
        let block = CrontabBlock(
            expression: try CronExpression(parsing: "@hourly"), binary: "/opt/feed wright/bin/feedwright",
            configPath: "/srv/it's 100%/config.json", logPath: "/var/log/feedwright.log")
        #expect(
            block.jobLine
                == "0 * * * * cd '/srv/it'\\''s 100\\%' && '/opt/feed wright/bin/feedwright' build --config "
                + "'/srv/it'\\''s 100\\%/config.json' --quiet >> '/var/log/feedwright.log' 2>&1")
    }
}

/// Cron expressions as systemd timer lines, from a table on disk.
@Suite struct SystemdCalendarTests {
    static let rows: [[String]] = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
            .appendingPathComponent("systemd/calendar.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t").map(String.init)
        }
    }()

    @Test(arguments: rows)
    func timerLines(row: [String]) throws {
        let units = SystemdUnits(
            expression: try CronExpression(parsing: row[0]), zone: row[1] == "-" ? nil : row[1],
            binary: "/usr/bin/feedwright", configPath: "/srv/site/config.json", logPath: "/srv/site/build.log"
        )
        for line in row[2].split(separator: "|") {
            #expect(units.timer.contains("\n\(line)\n"), "\(units.timer)")
        }
        #expect(
            units.service.contains(
                "ExecStart=/usr/bin/feedwright build --config /srv/site/config.json --quiet"))
    }
}
