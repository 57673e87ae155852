import Foundation

/// Runs the built `feedwright` executable as a user would, in a given directory.
struct CLIRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable SwiftPM built beside this test bundle.
    static let executable: URL = Bundle.module.bundleURL.deletingLastPathComponent()
        .appendingPathComponent("feedwright")

    static func run(_ arguments: [String], in directory: URL) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A fixture directory copied to a fresh temporary place.
struct Sandbox {
    let root: URL

    init(copying fixture: URL) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "feedwright-cli-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture, to: root)
    }

    /// Every file under `feeds/` (the feeds and the HTML pages), by its path there.
    func feeds() -> [String: Data] {
        let directory = root.appendingPathComponent("feeds")
        let names = FileManager.default.enumerator(atPath: directory.path)?.compactMap { $0 as? String } ?? []
        var files: [String: Data] = [:]
        for name in names {
            let url = directory.appendingPathComponent(name)
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else {
                continue
            }
            files[name] = try? Data(contentsOf: url)
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
