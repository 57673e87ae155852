public import Foundation

/// The invoking user's crontab, read and written through the `crontab` program as a user
/// would (`crontab -l`, `crontab -`, `crontab -r`), so that cron notices every change.
public struct CrontabClient: Sendable {
    /// The `crontab` program.
    public var executable: URL

    /// Finds `crontab` in `PATH`.
    public static func locate(path: String? = ProcessInfo.processInfo.environment["PATH"])
        throws(CrontabError) -> CrontabClient
    {
        let directories = (path ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for directory in directories {
            let candidate = URL(fileURLWithPath: directory).appendingPathComponent("crontab")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return CrontabClient(executable: candidate)
            }
        }
        throw .missingProgram
    }

    /// A client for a known `crontab`, such as a fake one that tests put first.
    public init(executable: URL) {
        self.executable = executable
    }

    /// The current crontab; `nil` when the user has none.
    public func read() throws(CrontabError) -> String? {
        let result = try run(["-l"], input: nil)
        if result.status == 0 { return result.output }
        if result.errors.lowercased().contains("no crontab") { return nil }
        throw .failed(command: "crontab -l", message: result.errors)
    }

    /// Replaces the crontab with `text`; an empty `text` removes the crontab, so that a
    /// user who had none before `install` has none after `remove`.
    public func write(_ text: String?) throws(CrontabError) {
        guard let text, !text.isEmpty else {
            let result = try run(["-r"], input: nil)
            if result.status != 0, !result.errors.lowercased().contains("no crontab") {
                throw .failed(command: "crontab -r", message: result.errors)
            }
            return
        }
        let result = try run(["-"], input: Data(text.utf8))
        guard result.status == 0 else { throw .failed(command: "crontab -", message: result.errors) }
    }

    private struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    private func run(_ arguments: [String], input: Data?) throws(CrontabError) -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            // Process's error says only that the launch failed; the program's path says where to look.
            throw .failed(
                command: "crontab \(arguments.joined(separator: " "))",
                message: "cannot start \(executable.path); check that it is an executable program")
        }
        if let input { stdin.fileHandleForWriting.write(input) }
        try? stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            errors: String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// Why the crontab could not be read or written.
public enum CrontabError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No `crontab` in `PATH`: cron is not installed, and the message says what else works.
    case missingProgram
    /// `crontab` ran and refused; `message` is what it printed on stderr.
    case failed(command: String, message: String)

    /// One line for the user, with what to do when cron is missing.
    public var description: String {
        switch self {
        case .missingProgram:
            "the crontab program is not installed (Debian: apt-get install cron); "
                + "`feedwright schedule install --print` shows the line to install by hand, "
                + "`--systemd` a systemd timer instead"
        case .failed(let command, let message): "\(command) failed: \(message)"
        }
    }
}
