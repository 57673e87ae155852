import ArgumentParser
import FeedFetch
import FeedParser
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
                throw fail("\(error)")
            }
            return (.data(response.body), response)
        }
        if argument == "-" { return (.data(FileHandle.standardInput.readDataToEndOfFile()), nil) }
        guard FileManager.default.isReadableFile(atPath: argument) else {
            throw fail("cannot read: no such file or not readable")
        }
        return (.file(path: argument), nil)
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
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary.path)
        else {
            throw fail(path, "cannot write")
        }
        self.handle = handle
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
        try handle.synchronize()
        try handle.close()
        guard rename(temporary.path, target.path) == 0 else {
            throw fail(target.path, "cannot replace")
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
