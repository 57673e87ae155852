import FeedwrightKit
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// File-system failures in our words, from every shape they arrive in: errno values,
/// Foundation's `CocoaError` with and without an underlying POSIX error, and the errors
/// real calls throw against a scratch directory.
@Suite("File problems in our words")
final class FileProblemTests {
    let scratch: URL

    init() throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "file-problem-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        try "text\n".write(to: scratch.appendingPathComponent("file"), atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(at: scratch)
    }

    @Test(
        "errno -> reason",
        arguments: [
            (ENOENT, "no such file"), (EACCES, "permission denied"), (EPERM, "permission denied"),
            (EISDIR, "is a directory"), (ENOTDIR, "not a directory"), (ENOSPC, "no space left on the device"),
            (EDQUOT, "no space left on the device"), (EROFS, "read-only file system"),
            (EEXIST, "already exists"),
        ])
    func errnoValues(code: Int32, reason: String) {
        #expect(FileProblem(errno: code).reason == reason)
        #expect(FileProblem(POSIXError(POSIXErrorCode(rawValue: code)!)).reason == reason)
    }

    @Test("advice follows the reason where there is something to do")
    func advice() {
        #expect(FileProblem(errno: ENOSPC).description == "no space left on the device; free some space")
        #expect(FileProblem(errno: EROFS).description.hasPrefix("read-only file system; choose a place"))
        #expect(FileProblem(errno: ENOENT).description == "no such file")
    }

    @Test("a Cocoa error is read through its underlying POSIX error, else by its code")
    func cocoa() {
        let underlying = NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))
        let wrapped = CocoaError(.fileWriteUnknown, userInfo: [NSUnderlyingErrorKey: underlying])
        #expect(FileProblem(wrapped).reason == "no space left on the device")
        #expect(FileProblem(CocoaError(.fileWriteFileExists)).reason == "already exists")
        #expect(FileProblem(CocoaError(.fileReadNoSuchFile)).reason == "no such file")
        #expect(FileProblem(CocoaError(.fileWriteVolumeReadOnly)).reason == "read-only file system")
        #expect(FileProblem(CocoaError(.fileReadNoPermission)).reason == "permission denied")
    }

    @Test("an error with no file meaning still reads as ours, never as a Foundation dump")
    func unknown() {
        let text = FileProblem(CocoaError(.featureUnsupported)).description
        #expect(!text.contains("Domain") && !text.contains("NSCocoaErrorDomain"))
        #expect(text.hasPrefix("the operation failed"))
    }

    @Test("the errors real calls throw")
    func realCalls() throws {
        let file = scratch.appendingPathComponent("file")
        let overFile = #expect(throws: (any Error).self) {
            try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
        }
        #expect(overFile.map { FileProblem($0).reason } == "already exists")
        let missing = #expect(throws: (any Error).self) {
            try Data(contentsOf: self.scratch.appendingPathComponent("missing"))
        }
        #expect(missing.map { FileProblem($0).reason } == "no such file")
        let below = #expect(throws: (any Error).self) {
            try Data("x".utf8).write(to: file.appendingPathComponent("child"))
        }
        #expect(below.map { FileProblem($0).reason } == "not a directory")
    }

    @Test("reading(): what stops a path from being read as a file")
    func reading() {
        #expect(FileProblem.reading(scratch.appendingPathComponent("file").path) == nil)
        #expect(FileProblem.reading(scratch.appendingPathComponent("missing").path)?.reason == "no such file")
        #expect(FileProblem.reading(scratch.path)?.reason == "is a directory")
        #expect(
            FileProblem.reading(scratch.appendingPathComponent("file/child").path)?.reason
                == "not a directory")
    }
}
