import Foundation

@testable import FeedServer

/// A throwaway output directory beside a file it must never serve, removed when freed.
final class TemporarySite: Sendable {
    /// The folder holding both the output directory and the secret.
    let base: URL
    /// The output directory, as served.
    let output: URL
    /// The real path of `output`, as the server compares paths.
    let root: String

    init() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent(
            "feedserver-\(UUID().uuidString)")
        output = base.appendingPathComponent("feeds")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("secret".utf8).write(to: base.appendingPathComponent("config.json"))
        guard let real = ServedPath.realPath(output.path) else { throw CocoaError(.fileNoSuchFile) }
        root = real
    }

    deinit {
        try? FileManager.default.removeItem(at: base)
    }

    /// Writes `text` at `relative` inside the output directory, creating folders.
    @discardableResult
    func write(_ text: String, at relative: String) throws -> URL {
        let file = output.appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// A symlink at `relative` inside the output directory pointing at `destination`.
    func link(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(
            atPath: output.appendingPathComponent(relative).path, withDestinationPath: destination)
    }
}
