import ArgumentParser
import FeedSchedule
import FeedwrightKit
import Foundation

extension Feedwright {
    /// Installs, shows and removes the crontab line that runs `build`, and previews runs.
    struct Schedule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schedule",
            abstract: "Run `feedwright build` on the config's cron schedule.",
            subcommands: [Install.self, Show.self, Remove.self, Next.self])
    }
}

extension Feedwright.Schedule {
    struct Install: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "install",
            abstract: "Write the schedule into your crontab (replacing an earlier one for this config).")

        @OptionGroup var options: ScheduleOptions

        @Flag(help: "Print the crontab lines instead of installing them.")
        var print = false

        @Flag(help: "Print a systemd .service and .timer pair instead (the timer honours schedule.timeZone).")
        var systemd = false

        func run() async throws {
            let plan = try options.plan()
            if systemd {
                Swift.print(
                    "# feedwright.service\n\(plan.systemdUnits.service)\n# feedwright.timer\n\(plan.systemdUnits.timer)"
                )
                return
            }
            try ScheduleStep.attempt { try plan.checkLog() }
            let block = plan.crontabBlock
            // Warnings follow a successful install, so that a failure stays one line.
            let daemonWarning = CronDaemon.isRunning() == false ? CronDaemon.notRunningWarning : nil
            if print {
                for warning in [daemonWarning, plan.zoneWarning].compactMap({ $0 }) { Console.error(warning) }
                Swift.print(block.lines.joined(separator: "\n"))
                return
            }
            try ScheduleStep.attempt {
                let crontab = try CrontabClient.locate()
                try crontab.write(CrontabEdit.installing(block, into: try crontab.read() ?? ""))
            }
            for warning in [daemonWarning, plan.zoneWarning].compactMap({ $0 }) { Console.error(warning) }
            Swift.print("installed in your crontab:\n\(block.jobLine)")
            if let next = plan.nextRuns(after: Date(), count: 1).first {
                Swift.print("next run: \(plan.line(for: next))")
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Print the installed line and whether it matches the config.")

        @OptionGroup var options: ScheduleOptions

        func run() async throws {
            let plan = try options.plan()
            let installed = try ScheduleStep.attempt { () throws(CrontabError) -> CrontabBlock? in
                CrontabEdit.installed(for: plan.configPath, in: try CrontabClient.locate().read() ?? "")
            }
            guard let installed else {
                print("not installed for \(plan.configPath); `feedwright schedule install` installs it")
                return
            }
            print(installed.jobLine)
            if installed.jobLine == plan.crontabBlock.jobLine {
                print("matches \(options.config)")
            } else {
                print("differs from \(options.config), which asks for:\n\(plan.crontabBlock.jobLine)")
                print("`feedwright schedule install` replaces it")
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Take this config's line out of your crontab, leaving every other line alone.")

        @OptionGroup var options: ScheduleOptions

        func run() async throws {
            let path = try options.configPath()
            let removed = try ScheduleStep.attempt { () throws(CrontabError) -> Bool in
                let crontab = try CrontabClient.locate()
                guard let current = try crontab.read(),
                    let remaining = CrontabEdit.removing(configPath: path, from: current)
                else { return false }
                try crontab.write(remaining)
                return true
            }
            print(removed ? "removed the schedule for \(path)" : "no schedule for \(path) in your crontab")
        }
    }

    struct Next: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "next",
            abstract: "Preview the next runs, in the zone cron uses and UTC (and schedule.timeZone beside).")

        @OptionGroup var options: ScheduleOptions

        @Option(help: "How many runs to show.")
        var count: Int = 5

        func run() async throws {
            let plan = try options.plan()
            if plan.settings.expression.isReboot {
                print("@reboot: runs once when the machine starts")
                return
            }
            if let note = plan.zoneNote { Console.error(note) }
            let runs = plan.nextRuns(after: Date(), count: count)
            if runs.isEmpty { print("\(plan.settings.expression) has no run in the next eight years") }
            for run in runs { print(plan.line(for: run)) }
        }
    }
}
