/// Quoting for the command part of a crontab line, which cron hands to `/bin/sh`.
enum ShellQuote {
    /// `text` in single quotes for `sh`, with `%` escaped because cron turns an unescaped
    /// `%` into a newline.
    static func cron(_ text: String) -> String {
        let quoted = "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
        return quoted.replacingOccurrences(of: "%", with: "\\%")
    }
}
