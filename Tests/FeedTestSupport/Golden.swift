public import Foundation
public import Testing

/// Golden-file comparison. `RECORD_GOLDENS=1 swift test` rewrites the goldens, and that
/// run fails on purpose so that nothing is accepted without a second, checking run.
public enum Golden {
    /// Compares `bytes` with the golden file `name` in `directory`, or records it.
    public static func check(
        _ bytes: [UInt8], named name: String, in directory: URL,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let file = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: file)
            Issue.record(
                "recorded golden \(name); run again without RECORD_GOLDENS", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? Data(contentsOf: file) else {
            Issue.record(
                "missing golden \(name); record it with RECORD_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        if expected != Data(bytes) {
            let firstDifference =
                zip(expected, bytes).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(expected.count, bytes.count)
            let message =
                "output differs from golden \(name) at byte \(firstDifference) "
                + "(golden \(expected.count) bytes, output \(bytes.count) bytes)"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }
}
