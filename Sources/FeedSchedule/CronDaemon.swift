public import Foundation

/// Whether a cron daemon is running, read from the process table, so that `schedule
/// install` can say that a line it writes would never run.
public enum CronDaemon {
    /// Program names of the daemons that run crontabs: Vixie cron and Debian's cron,
    /// cronie, dcron and BusyBox's applet (both `crond`).
    static let names: Set<String> = ["cron", "crond", "cronie"]

    /// `true` when some process under `procRoot` (Linux's `/proc`, or a tree shaped like
    /// it) is a cron daemon; `nil` when the tree lists no process at all, so nothing can
    /// be said (another system, or a `/proc` we may not read).
    public static func isRunning(procRoot: URL = URL(fileURLWithPath: "/proc")) -> Bool? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: procRoot.path)) ?? []
        let processes = entries.filter { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
        guard !processes.isEmpty else { return nil }
        return processes.contains { isDaemon(procRoot.appendingPathComponent($0)) }
    }

    private static func isDaemon(_ process: URL) -> Bool {
        let comm = read(process.appendingPathComponent("comm"))?.trimmingCharacters(in: .newlines)
        let exe = try? FileManager.default.destinationOfSymbolicLink(
            atPath: process.appendingPathComponent("exe").path)
        let exeName = exe.map { URL(fileURLWithPath: $0).lastPathComponent }
        if let comm, names.contains(comm) { return true }
        if let exeName, names.contains(exeName) { return true }
        // `busybox crond` runs under the name busybox; its first argument names the applet.
        guard comm == "busybox" || exeName == "busybox" else { return false }
        let arguments = read(process.appendingPathComponent("cmdline"))?.split(separator: "\0") ?? []
        return arguments.dropFirst().first.map { names.contains(String($0)) } ?? false
    }

    private static func read(_ url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// What `schedule install` prints when no daemon runs.
    public static let notRunningWarning =
        "warning: no cron daemon is running, so the installed line will not run until one starts: "
        + "start it (Debian: `service cron start`, or `systemctl enable --now cron`), "
        + "or use `feedwright schedule install --systemd` for a systemd timer"
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
