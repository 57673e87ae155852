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

}
