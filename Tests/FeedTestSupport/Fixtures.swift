public import Foundation

/// Fixture files on disk, found by glob so that a new case needs no code.
public enum Fixtures {
    /// The files directly in `directory` whose names end in `.<ext>`, sorted by name.
    public static func files(in directory: URL, withExtension ext: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".\(ext)") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// The subdirectories of `directory`, sorted by name.
    public static func directories(in directory: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().map { directory.appendingPathComponent($0) }.filter { url in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
    }

    /// The directory that holds the test file calling this, for fixtures that tests also
    /// write (goldens), which must live in the source tree rather than a copied bundle.
    public static func sourceDirectory(_ filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent()
    }

    /// The repository root, found from a test file's path (`Tests/<Target>/<file>`).
    public static func repositoryRoot(_ filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The first line of a fixture when it is a comment (`#`, `//` or `<!--`): what the
    /// fixture covers, shown in test names and failures.
    public static func summary(of file: URL) -> String {
        guard let text = try? String(contentsOf: file, encoding: .utf8),
            let first = text.split(separator: "\n", maxSplits: 1).first
        else { return file.lastPathComponent }
        return String(first)
    }
}
