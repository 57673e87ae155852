import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces files so that a reader sees the old bytes or the new ones, never a mix:
/// write a temporary file in the same directory, fsync it, rename it over the target,
/// then fsync the directory so the rename itself survives a crash.
///
/// The one way this package replaces a file: `build` stages whole feeds with
/// ``stage(_:for:)`` and renames them together, the commands that write one file stream
/// into a ``Replacement``.
enum AtomicFile {
    /// Writes `bytes` to a temporary sibling of `target` and returns its path.
    static func stage(_ bytes: [UInt8], for target: URL) throws(FeedwrightError) -> URL {
        do throws(Failure) {
            let replacement = try Replacement(replacing: target)
            do throws(Failure) {
                try replacement.write(bytes)
                try replacement.finishWriting()
            } catch {
                replacement.discard()
                throw error
            }
            return replacement.temporary
        } catch {
            throw Self.error(error)
        }
    }

    /// False when `target` already holds exactly `bytes`.
    static func differs(_ bytes: [UInt8], from target: URL) -> Bool {
        (try? Data(contentsOf: target)) != Data(bytes)
    }

    /// Creates the folder `target` goes into (a page's `articles/`), if it is missing.
    static func createParent(of target: URL) throws(FeedwrightError) {
        let parent = target.deletingLastPathComponent()
        guard !FileManager.default.fileExists(atPath: parent.path) else { return }
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw .io(path: PathDisplay.relative(parent), message: "cannot create: \(FileProblem(error))")
        }
    }

    /// This process's temporary sibling of `target`.
    static func temporary(for target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(
            ".\(target.lastPathComponent).\(getpid()).tmp")
    }

    /// Moves a staged file over its target.
    static func commit(_ temporary: URL, to target: URL) throws(FeedwrightError) {
        do throws(Failure) {
            try rename(temporary, to: target)
        } catch {
            throw Self.error(error)
        }
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

    /// Renames `temporary` over `target` (removing `temporary` when that fails) and makes
    /// the rename durable.
    private static func rename(_ temporary: URL, to target: URL) throws(Failure) {
        guard systemRename(temporary.path, target.path) == 0 else {
            let failure = Failure(step: .replace, file: target, errno: errno)
            unlink(temporary.path)
            throw failure
        }
        syncDirectory(target.deletingLastPathComponent())
    }

    private static func syncDirectory(_ directory: URL) {
        let fd = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// A failure in `build`'s words: the file named relative to the working directory.
    private static func error(_ failure: Failure) -> FeedwrightError {
        let action =
            switch failure.step {
            case .create: "cannot create"
            case .write: "cannot write"
            case .replace: "cannot replace"
            }
        return .io(path: PathDisplay.relative(failure.file), message: "\(action): \(failure.problem)")
    }
}

extension AtomicFile {
    /// What could not be done, to which file, and the `errno` it failed with; each caller
    /// words it for its own users.
    struct Failure: Error {
        enum Step {
            /// The temporary file could not be created.
            case create
            /// Writing or syncing the temporary file failed.
            case write
            /// Renaming the temporary file over the target failed.
            case replace
        }

        var step: Step
        /// The temporary file for `create` and `write`, the target for `replace`.
        var file: URL
        var errno: Int32

        var problem: FileProblem { FileProblem(errno: errno) }
    }

    /// One file being replaced, written in pieces: output too large to hold whole is
    /// streamed into the temporary file, which becomes the target only at ``commit()``.
    final class Replacement {
        let target: URL
        let temporary: URL
        private var descriptor: Int32

        /// Creates the temporary sibling of `target`; nothing is visible at `target` yet.
        init(replacing target: URL) throws(Failure) {
            let temporary = AtomicFile.temporary(for: target)
            descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw Failure(step: .create, file: temporary, errno: errno) }
            self.target = target
            self.temporary = temporary
        }

        deinit {
            if descriptor >= 0 { close(descriptor) }
        }

        /// Appends `bytes` straight from the caller's buffer, without copying them into a `Data`.
        func write(_ bytes: UnsafeRawBufferPointer) throws(Failure) {
            if let code = writeAll(bytes, to: descriptor) {
                throw Failure(step: .write, file: temporary, errno: code)
            }
        }

        /// Appends a whole buffer.
        func write(_ bytes: [UInt8]) throws(Failure) {
            let failure: Failure? = bytes.withUnsafeBytes { buffer in
                do throws(Failure) {
                    try write(buffer)
                    return nil
                } catch {
                    return error
                }
            }
            if let failure { throw failure }
        }

        /// Flushes the temporary file to the disk and closes it, so that a rename can
        /// only ever expose complete bytes.
        func finishWriting() throws(Failure) {
            let synced = fsync(descriptor) == 0
            let code = errno
            let closed = close(descriptor) == 0
            descriptor = -1
            guard synced, closed else {
                throw Failure(step: .write, file: temporary, errno: synced ? errno : code)
            }
        }

        /// Makes the written bytes the target's; on failure the target keeps its old bytes
        /// and the temporary file is gone.
        func commit() throws(Failure) {
            do throws(Failure) {
                try finishWriting()
            } catch {
                unlink(temporary.path)
                throw error
            }
            try AtomicFile.rename(temporary, to: target)
        }

        /// Removes the temporary file: the target is left as it was.
        func discard() {
            if descriptor >= 0 {
                close(descriptor)
                descriptor = -1
            }
            unlink(temporary.path)
        }
    }
}

/// Writes every byte to `descriptor`, through interrupted and short writes; the `errno`
/// of a failure, or `nil`.
func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
    guard var next = bytes.baseAddress else { return nil }
    var remaining = bytes.count
    while remaining > 0 {
        let written = systemWrite(descriptor, next, remaining)
        if written < 0 {
            if errno == EINTR { continue }
            return errno
        }
        next += written
        remaining -= written
    }
    return nil
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
    private let systemRename = Glibc.rename
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
    private let systemRename = Darwin.rename
#endif
