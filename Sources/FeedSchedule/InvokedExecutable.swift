import Foundation

/// The path a user ran a program by, the way a shell found it: `argv[0]` when it has a
/// slash, else the first executable match in `PATH`. Symlinks are left alone, so a line
/// installed through `/usr/local/bin/feedwright → …/1.2/feedwright` keeps working after
/// the link moves to the next version.
public enum InvokedExecutable {
    /// The absolute path, or `fallback` when neither `argv[0]` nor `PATH` names an
    /// executable file (a program started by a parent that passed an arbitrary `argv[0]`).
    public static func path(
        argument0: String, currentDirectory: String, searchPath: String?, fallback: String
    ) -> String {
        if argument0.contains("/") {
            let path = absolute(argument0, against: currentDirectory)
            return isExecutableFile(path) ? path : fallback
        }
        guard !argument0.isEmpty else { return fallback }
        for directory in (searchPath ?? "").split(separator: ":", omittingEmptySubsequences: false) {
            // An empty PATH entry means the current directory, as in every shell.
            let base = absolute(directory.isEmpty ? "." : String(directory), against: currentDirectory)
            let candidate = base == "/" ? "/" + argument0 : base + "/" + argument0
            if isExecutableFile(candidate) { return candidate }
        }
        return fallback
    }

    /// `path` made absolute, with `.` components and repeated slashes removed; `..` is
    /// kept, since removing it by text would be wrong after a symlinked directory.
    static func absolute(_ path: String, against directory: String) -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        let parts = joined.split(separator: "/").filter { $0 != "." }
        return "/" + parts.joined(separator: "/")
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
