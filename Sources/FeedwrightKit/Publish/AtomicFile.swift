import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces files so that a reader sees the old bytes or the new ones, never a mix:
/// write a temporary file in the same directory, fsync it, rename it over the target,
/// then fsync the directory so the rename itself survives a crash.
enum AtomicFile {
    /// Writes `bytes` to a temporary sibling of `target` and returns its path.
    static func stage(_ bytes: [UInt8], for target: URL) throws(FeedwrightError) -> URL {
        let temporary = Self.temporary(for: target)
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(temporary, "cannot create") }
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { buffer in writeAll(fd, buffer) }
        guard written, fsync(fd) == 0 else {
            unlink(temporary.path)
            throw failure(temporary, "cannot write")
        }
        return temporary
    }

    /// This process's temporary sibling of `target`.
    static func temporary(for target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).\(getpid()).tmp")
    }

    /// Moves a staged file over its target.
    static func commit(_ temporary: URL, to target: URL) throws(FeedwrightError) {
        guard rename(temporary.path, target.path) == 0 else {
            let error = failure(target, "cannot replace")
            unlink(temporary.path)
            throw error
        }
        syncDirectory(target.deletingLastPathComponent())
    }

    /// Removes temporary siblings of `target` left by a build that was killed before it
    /// could rename or discard them: those whose process no longer exists.
    static func removeStale(for target: URL) {
        let directory = target.deletingLastPathComponent()
        let prefix = ".\(target.lastPathComponent)."
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let pid = name.dropFirst(prefix.count).dropLast(".tmp".count)
            guard let number = Int32(pid), number != getpid(), kill(number, 0) != 0, errno == ESRCH else {
                continue
            }
            unlink(directory.appendingPathComponent(name).path)
        }
    }

    /// Removes a staged file that will not be committed.
    static func discard(_ temporary: URL) {
        unlink(temporary.path)
    }

    private static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let result = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if result < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += result
        }
        return true
    }

    private static func syncDirectory(_ directory: URL) {
        let fd = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    private static func failure(_ url: URL, _ action: String) -> FeedwrightError {
        .io(path: PathDisplay.relative(url), message: "\(action): \(FileProblem(errno: errno))")
    }
}
