import ArgumentParser
import Foundation

/// The executable's only way to speak: stdout for results, stderr for everything else.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints `message` as the one error line and gives the exit code for a failed run.
    static func failure(_ message: String) -> ExitCode {
        error("error: \(message)")
        return ExitCode.failure
    }
}
