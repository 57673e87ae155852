import ArgumentParser
import FeedFetch
import FeedParser
import FeedwrightKit
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A command's input: a URL (fetched), a file (streamed), or standard input for `-`.
enum InputReader {
    /// `fail` prints the one error line (the message names no input: it is added) and
    /// gives the exit code.
    static func input(
        _ argument: String, timeout: Int, maxBytes: Int,
        fail: ((String) -> ExitCode)? = nil
    ) async throws -> (FeedInput, FetchResponse?) {
        let fail = fail ?? { Console.failure("\(argument): \($0)") }
        if argument.hasPrefix("http://") || argument.hasPrefix("https://") {
            let response: FetchResponse
            do {
                response = try await fetch(argument, timeout: timeout, maxBytes: maxBytes)
            } catch {
                throw fail(Self.describe(error))
            }
            return (.data(response.body), response)
        }
        if argument == "-" { return (.data(FileHandle.standardInput.readDataToEndOfFile()), nil) }
        if let problem = FileProblem.reading(argument) { throw fail(problem.reason) }
        return (.file(path: argument), nil)
    }

    /// A fetch failure in words; its advice speaks of config.json, which a URL typed on
    /// the command line is not in.
    private static func describe(_ error: any Error) -> String {
        (error as? FetchError)?.description ?? FileProblem(error).description
    }

    private static func fetch(_ url: String, timeout: Int, maxBytes: Int) async throws -> FetchResponse {
        // A URL typed on the command line is fetched wherever it points, as curl would;
        // the address rule guards sources read from config.json.
        let fetcher = Fetcher(
            policy: FetchPolicy(
                totalTimeout: .seconds(timeout), maxBodyBytes: maxBytes,
                allowedAddresses: AddressRange.everything))
        do {
            let response = try await fetcher.fetch(FetchRequest(url: url))
            await fetcher.shutdown()
            return response
        } catch {
            await fetcher.shutdown()
            throw error
        }
    }
}

/// A command's output: standard output, or a file that is replaced only when the whole
/// output was written (temporary file beside it, renamed at the end).
final class OutputFile {
    private let handle: FileHandle
    private let target: URL?
    private let temporary: URL?
    private let fail: (String, String) -> ExitCode

    /// `fail` prints the one error line for a file (its name, the message) and gives the
    /// exit code; `commit` reports with it too.
    init(path: String?, fail: @escaping (String, String) -> ExitCode = { Console.failure("\($0): \($1)") })
        throws
    {
        self.fail = fail
        guard let path else {
            handle = FileHandle.standardOutput
            target = nil
            temporary = nil
            return
        }
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            // Creating a file fails with "no such file" when its directory is missing.
            let problem =
                errno == ENOENT
                ? "the directory \(target.deletingLastPathComponent().relativePath) does not exist"
                : FileProblem(errno: errno).description
            throw fail(path, "cannot write: \(problem)")
        }
        self.handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        self.target = target
        self.temporary = temporary
    }

    /// Writes straight from the caller's buffer: `FileHandle.write(contentsOf:)` wants a
    /// `Data`, a copy of every chunk of the output.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = systemWrite(handle.fileDescriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            next += written
            remaining -= written
        }
    }

    func commit() throws {
        guard let target, let temporary else { return }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            unlink(temporary.path)
            throw fail(target.path, "cannot write: \(FileProblem(error))")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let problem = FileProblem(errno: errno)
            unlink(temporary.path)
            throw fail(target.path, "cannot replace: \(problem)")
        }
    }

    func discard() {
        guard let temporary else { return }
        try? handle.close()
        unlink(temporary.path)
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
#endif
