import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command writes its one document: standard output, or a file that is replaced
/// only once the whole document is written (``AtomicFile``, as `build` replaces feeds),
/// so a failed run leaves the previous file.
///
/// Failures are ``CommandFailure``s naming the path as the user typed it.
public final class CommandOutput {
    private let path: String?
    private let replacement: AtomicFile.Replacement?

    /// Standard output for `nil`; otherwise starts a replacement of the file at `path`,
    /// failing at once when it cannot be created, before any input is read.
    public init(path: String?) throws(CommandFailure) {
        self.path = path
        guard let path else {
            replacement = nil
            return
        }
        let target = URL(fileURLWithPath: path)
        do throws(AtomicFile.Failure) {
            replacement = try AtomicFile.Replacement(replacing: target)
        } catch {
            // Creating a file fails with "no such file" when its directory is missing.
            let problem =
                error.errno == ENOENT
                ? "the directory \(target.deletingLastPathComponent().relativePath) does not exist"
                : error.problem.description
            throw CommandFailure(name: path, message: "cannot write: \(problem)")
        }
    }

    /// Writes straight from the caller's buffer: `FileHandle.write(contentsOf:)` wants a
    /// `Data`, a copy of every chunk of the output. Throws the ``FileProblem`` alone, for
    /// a writer that words it as its own failure.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(FileProblem) {
        if let replacement {
            do throws(AtomicFile.Failure) {
                try replacement.write(bytes)
            } catch {
                throw error.problem
            }
        } else {
            try Self.writeStandardOutput(bytes)
        }
    }

    /// Writes a whole document, and words a failure as the command's.
    public func write(_ bytes: [UInt8]) throws(CommandFailure) {
        let failure: FileProblem? = bytes.withUnsafeBytes { buffer in
            do throws(FileProblem) {
                try write(buffer)
                return nil
            } catch {
                return error
            }
        }
        if let failure {
            throw CommandFailure(name: path ?? "standard output", message: "cannot write: \(failure)")
        }
    }

    /// Puts the written file in place of the old one; nothing to do for standard output.
    public func commit() throws(CommandFailure) {
        guard let replacement, let path else { return }
        do throws(AtomicFile.Failure) {
            try replacement.commit()
        } catch {
            let action = error.step == .replace ? "cannot replace" : "cannot write"
            throw CommandFailure(name: path, message: "\(action): \(error.problem)")
        }
    }

    /// Abandons a file output: the temporary file goes, the old file stays.
    public func discard() {
        replacement?.discard()
    }

    private static func writeStandardOutput(_ bytes: UnsafeRawBufferPointer) throws(FileProblem) {
        if let code = writeAll(bytes, to: STDOUT_FILENO) { throw FileProblem(errno: code) }
    }
}
