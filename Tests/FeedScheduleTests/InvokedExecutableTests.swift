import FeedSchedule
import Foundation
import Testing

/// The path `schedule install` writes: as invoked, through symlinks but not resolving them.
/// Each test builds a small tree in a temporary directory: `real/feedwright` (an executable
/// file), `bin/feedwright` (a symlink to it), and `data/feedwright` (not executable).
@Suite("The executable's path as invoked")
final class InvokedExecutableTests {
    let root: String
    let fallback = "/fallback/feedwright"

    init() throws {
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("invoked-\(UUID().uuidString)").path
        for folder in ["real", "bin", "data"] {
            try manager.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
        }
        _ = manager.createFile(
            atPath: "\(root)/real/feedwright", contents: Data("#!/bin/sh\n".utf8),
            attributes: [.posixPermissions: 0o755])
        _ = manager.createFile(
            atPath: "\(root)/data/feedwright", contents: Data("text\n".utf8),
            attributes: [.posixPermissions: 0o644])
        try manager.createSymbolicLink(
            atPath: "\(root)/bin/feedwright", withDestinationPath: "../real/feedwright")
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    private func path(_ argument0: String, searchPath: String? = nil, in directory: String? = nil) -> String {
        InvokedExecutable.path(
            argument0: argument0, currentDirectory: directory ?? root, searchPath: searchPath,
            fallback: fallback)
    }

    @Test("a relative argv[0] is made absolute and keeps the symlink")
    func relativeSymlink() {
        #expect(path("bin/feedwright") == "\(root)/bin/feedwright")
    }

    @Test("dot components and doubled slashes go, the symlink stays")
    func normalised() {
        #expect(path("./bin//./feedwright") == "\(root)/bin/feedwright")
    }

    @Test("an absolute argv[0] is kept as it is")
    func absolute() {
        #expect(path("\(root)/bin/feedwright", in: "/") == "\(root)/bin/feedwright")
    }

    @Test("a bare name is the first executable match in PATH, not resolved")
    func searched() {
        let searchPath = "/nonexistent:\(root)/data:\(root)/bin:\(root)/real"
        #expect(path("feedwright", searchPath: searchPath) == "\(root)/bin/feedwright")
    }

    @Test("a relative PATH entry is made absolute; an empty one is the current directory")
    func relativeEntries() {
        #expect(path("feedwright", searchPath: "bin") == "\(root)/bin/feedwright")
        #expect(
            path("feedwright", searchPath: ":/nonexistent", in: "\(root)/real") == "\(root)/real/feedwright")
    }

    @Test("nothing executable by that name: the fallback")
    func fallbacks() {
        #expect(path("feedwright", searchPath: "/nonexistent:\(root)/data") == fallback)
        #expect(path("missing/feedwright") == fallback)
        #expect(path("data/feedwright") == fallback)
        #expect(path("feedwright", searchPath: nil) == fallback)
        #expect(path("") == fallback)
    }
}
