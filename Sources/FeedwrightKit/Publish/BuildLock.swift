public import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one-build-at-a-time lock: `flock` on a file beside the state database. The kernel
/// releases it when the process ends, however it ends, so a killed build never leaves it
/// held; a second build finds it taken and stops before touching anything.
public final class BuildLock: Sendable {
    /// The exit code of a build that found another one running (`EX_TEMPFAIL`: try later).
    public static let busyExitCode: Int32 = 75

    private let descriptor: Int32
    /// The lock file.
    public let path: URL

    private init(descriptor: Int32, path: URL) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        close(descriptor)
    }

    /// The lock file for the state database at `statePath`.
    public static func path(forState statePath: URL) -> URL {
        statePath.deletingLastPathComponent().appendingPathComponent(statePath.lastPathComponent + ".lock")
    }

    /// Takes the lock without waiting.
    public static func acquire(forState statePath: URL) throws(BuildLockError) -> BuildLock {
        let path = path(forState: statePath)
        try? FileManager.default.createDirectory(
            at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        let descriptor = open(path.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotOpen(path: PathDisplay.relative(path), reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.holder(descriptor)
            close(descriptor)
            throw .busy(path: PathDisplay.relative(path), pid: holder)
        }
        Self.record(getpid(), in: descriptor)
        return BuildLock(descriptor: descriptor, path: path)
    }

    /// The holder writes its process ID into the file, for the message the next one prints.
    private static func record(_ pid: pid_t, in descriptor: Int32) {
        let text = Array("\(pid)\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(
            String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// Why the build lock could not be taken: another build holds it (exit 75, try later), or
/// the lock file cannot be created at all (exit 1: that needs fixing, not waiting).
public enum BuildLockError: Error, CustomStringConvertible {
    /// Another build holds the lock; `pid` is its process ID, `nil` when the lock file
    /// does not hold one.
    case busy(path: String, pid: Int32?)
    /// The lock file could not be opened or created; `reason` is the system's message.
    case cannotOpen(path: String, reason: String)

    /// One line saying what to do (wait, or fix the folder) and that nothing was changed.
    public var description: String {
        switch self {
        case .busy(let path, let pid):
            "another feedwright build is running\(pid.map { " (process \($0))" } ?? ""); "
                + "it holds \(path); nothing was changed"
        case .cannotOpen(let path, let reason):
            "\(path): cannot create the build lock (\(reason)): make its folder writable by the user "
                + "running feedwright, or point state.path elsewhere in config.json; nothing was written"
        }
    }
}
