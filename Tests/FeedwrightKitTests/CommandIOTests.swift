import FeedwrightKit
import Foundation
import Testing

/// The one input and output layer of `convert`, `validate` and `merge`: how an argument is
/// read, and that a file output replaces the old file only when committed, leaving no
/// temporary file behind either way.
@Suite("Command inputs and outputs")
final class CommandIOTests {
    let scratch: URL

    init() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "command-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: scratch)
    }

    @Test(
        "arguments: URLs in any case, - for standard input, file:// URLs and paths as files",
        arguments: [
            ("https://example.org/feed.xml", CommandInput.Location.url("https://example.org/feed.xml")),
            ("HTTP://example.org/feed.xml", .url("HTTP://example.org/feed.xml")),
            ("-", .standardInput),
            ("file:///srv/feeds/rss.xml", .file(path: "/srv/feeds/rss.xml")),
            ("feeds/rss.xml", .file(path: "feeds/rss.xml")),
            ("http-notes.xml", .file(path: "http-notes.xml")),
            ("--", .file(path: "--")),
        ])
    func locations(argument: String, location: CommandInput.Location) {
        let input = CommandInput(argument)
        #expect(input.location == location)
        #expect(input.argument == argument)
    }

    @Test("a file that cannot be read is named as typed, with the reason alone")
    func unreadableFiles() {
        let missing = scratch.appendingPathComponent("missing.xml").path
        #expect(throws: CommandFailure(name: missing, message: "no such file")) {
            try CommandInput(missing).checkReadable()
        }
        #expect(throws: CommandFailure(name: scratch.path, message: "is a directory")) {
            try CommandInput(scratch.path).checkReadable()
        }
    }

    @Test("a file output replaces the old file only when committed")
    func commitReplaces() throws {
        let target = scratch.appendingPathComponent("out.json")
        try Data("old\n".utf8).write(to: target)
        let output = try CommandOutput(path: target.path)
        try output.write(Array("new ".utf8))
        try output.write(Array("bytes\n".utf8))
        #expect(try String(contentsOf: target, encoding: .utf8) == "old\n")
        try output.commit()
        #expect(try String(contentsOf: target, encoding: .utf8) == "new bytes\n")
        #expect(try entries() == ["out.json"])
    }

    @Test("a discarded file output leaves the old file and no temporary file")
    func discardKeepsOld() throws {
        let target = scratch.appendingPathComponent("out.json")
        try Data("old\n".utf8).write(to: target)
        let output = try CommandOutput(path: target.path)
        try output.write(Array("half a docu".utf8))
        output.discard()
        #expect(try String(contentsOf: target, encoding: .utf8) == "old\n")
        #expect(try entries() == ["out.json"])
    }

    @Test("an output in a missing directory fails before anything is read, naming the directory")
    func missingDirectory() {
        let path = scratch.appendingPathComponent("missing/out.json").path
        let directory = scratch.appendingPathComponent("missing").path
        #expect(
            throws: CommandFailure(
                name: path, message: "cannot write: the directory \(directory) does not exist")
        ) {
            _ = try CommandOutput(path: path)
        }
    }

    private func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()
    }
}
