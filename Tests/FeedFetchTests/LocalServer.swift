import FeedFetch
import Foundation
import Testing

/// The Python server in `Fixtures/fetch_server.py`, running on 127.0.0.1 for one suite.
struct LocalServer: Sendable {
    @TaskLocal static var current: LocalServer?

    let port: Int

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The headers of every request the server saw for `path` (names lower-cased).
    func requests(to path: String) async throws -> [[String: String]] {
        let encoded = path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? path
        let body = try await Fetcher.local().fetch(FetchRequest(url: url("/_log?path=\(encoded)"))).body
        let entries = try #require(try JSONSerialization.jsonObject(with: body) as? [[String: Any]])
        return entries.map { $0["headers"] as? [String: String] ?? [:] }
    }

    /// The raw log entries for `path`: headers, bytes sent, whether the handler finished.
    func entries(for path: String) async throws -> [[String: Any]] {
        let encoded = path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? path
        let body = try await Fetcher.local().fetch(FetchRequest(url: url("/_log?path=\(encoded)"))).body
        return try #require(try JSONSerialization.jsonObject(with: body) as? [[String: Any]])
    }

    /// The most requests `/busy` served at once.
    func peak() async throws -> Int {
        let body = try await Fetcher.local().fetch(FetchRequest(url: url("/_peak"))).body
        return try #require(Int(String(decoding: body, as: UTF8.self)))
    }
}

extension Fetcher {
    /// A fetcher that may reach the local server, with limits short enough for tests.
    static func local(_ adjust: (inout FetchPolicy) -> Void = { _ in }) -> Fetcher {
        var policy = FetchPolicy(
            connectTimeout: .seconds(5), totalTimeout: .seconds(5),
            allowedAddresses: [AddressRange("127.0.0.1")!])
        adjust(&policy)
        return Fetcher(policy: policy, now: { Date(timeIntervalSince1970: 1_747_057_500) })
    }
}

/// Starts the server before a suite and stops it after. The server also exits by itself
/// when its stdin closes, so a crashed test run leaves nothing behind.
struct LocalServerTrait: SuiteTrait, TestScoping {
    struct NoPort: Error {}

    func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let script = try #require(
            Bundle.module.url(forResource: "fetch_server", withExtension: "py", subdirectory: "Fixtures"))
        let process = Process()
        let input = Pipe()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        defer {
            try? input.fileHandleForWriting.close()
            process.terminate()
            process.waitUntilExit()
        }
        guard let port = Self.firstLine(of: output.fileHandleForReading).flatMap(Int.init) else {
            throw NoPort()
        }
        try await LocalServer.$current.withValue(LocalServer(port: port)) { try await function() }
    }

    private static func firstLine(of handle: FileHandle) -> String? {
        var bytes = Data()
        while !bytes.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            bytes.append(chunk)
        }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").first.map(String.init)
    }
}

extension Trait where Self == LocalServerTrait {
    /// Runs the suite against a fresh `fetch_server.py` on 127.0.0.1.
    static var localServer: Self { Self() }
}
