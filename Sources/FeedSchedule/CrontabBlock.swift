/// The lines `feedwright schedule install` puts into a crontab: a marker comment naming
/// the config file, then the job. The marker lets `install` replace its own line and
/// `remove` take out exactly that and nothing else, whatever else the crontab holds.
public struct CrontabBlock: Sendable, Equatable {
    /// The absolute path of the config file the job builds: the key of the block.
    public var configPath: String
    /// The job line: schedule, then the command.
    public var jobLine: String

    /// A job that runs `binary build --config configPath --quiet` on `expression`, from the
    /// config's directory, appending everything it prints to `logPath`.
    public init(expression: CronExpression, binary: String, configPath: String, logPath: String) {
        self.configPath = configPath
        let directory = configPath.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            .joined(separator: "/")
        let command = [
            "cd \(ShellQuote.cron(directory.isEmpty ? "/" : directory))",
            "\(ShellQuote.cron(binary)) build --config \(ShellQuote.cron(configPath)) --quiet"
                + " >> \(ShellQuote.cron(logPath)) 2>&1",
        ].joined(separator: " && ")
        jobLine = "\(expression.cronText) \(command)"
    }

    /// The marker comment: it names the config, since one user may schedule several sites.
    public var markerLine: String { Self.marker(for: configPath) }

    /// The block as crontab lines.
    public var lines: [String] { [markerLine, jobLine] }

    static func marker(for configPath: String) -> String {
        "# feedwright schedule for \(configPath) (managed by `feedwright schedule`; remove with `feedwright schedule remove`)"
    }
}

extension CronExpression {
    /// The expression as a crontab schedule: the macro for `@reboot`, the five fields
    /// otherwise.
    var cronText: String { isReboot ? "@reboot" : description }
}

/// Quoting for the command part of a crontab line, which cron hands to `/bin/sh`.
enum ShellQuote {
    /// `text` in single quotes for `sh`, with `%` escaped because cron turns an unescaped
    /// `%` into a newline.
    static func cron(_ text: String) -> String {
        let quoted = "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
        return quoted.replacingOccurrences(of: "%", with: "\\%")
    }
}
