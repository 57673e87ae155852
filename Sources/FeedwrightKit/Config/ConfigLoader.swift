import FeedJSON
public import Foundation

/// Reads and checks Feedwright's `config.json`.
///
/// The file is strict: unknown keys, wrong types, missing required keys and malformed
/// values are errors, each reported as one ``ConfigError`` line naming the file and key
/// path (`config.json: feed.maxItems: expected an integer, found a string`), and JSON
/// syntax errors carry a line and column. The schema is documented on
/// ``FeedwrightConfig`` and the settings types. The loader checks only the file itself;
/// it does not look at the seed or output directories.
public enum ConfigLoader {
    /// Reads the config at `file` and decodes it with ``decode(_:file:)``.
    public static func load(from file: URL) throws(ConfigError) -> FeedwrightConfig {
        try decode(try read(file), file: file)
    }

    /// Decodes config `data` that was read from `file`; relative paths in it are resolved
    /// against `file`'s directory, and errors name `file` as given.
    public static func decode(_ data: Data, file: URL) throws(ConfigError) -> FeedwrightConfig {
        let name = displayName(of: file)
        let root = try parse(data, fileName: name)
        do {
            return try build(root, file: file)
        } catch {
            throw ConfigError(file: name, keyPath: error.keyPath, message: error.message)
        }
    }

    /// The path as the user gave it: relative file URLs stay relative.
    static func displayName(of file: URL) -> String {
        file.isFileURL ? file.relativePath : file.absoluteString
    }

    private static func read(_ file: URL) throws(ConfigError) -> Data {
        let name = displayName(of: file)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) else {
            throw ConfigError(file: name, message: "cannot read: no such file")
        }
        guard !isDirectory.boolValue else {
            throw ConfigError(file: name, message: "cannot read: it is a directory")
        }
        do {
            return try Data(contentsOf: file)
        } catch {
            throw ConfigError(file: name, message: "cannot read: \(FileProblem(error))")
        }
    }

    /// The config's one JSON read: strict (a trailing comma or a repeated key is an error
    /// with its line and column), straight into typed values, so `true` is never `1`.
    private static func parse(_ data: Data, fileName: String) throws(ConfigError) -> JSONValue {
        let bytes = [UInt8](data)
        let content = bytes.starts(with: JSONSourceLocation.byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
        guard content.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw ConfigError(file: fileName, message: "the file is empty; expected a JSON object")
        }
        let read = bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONSyntax.Failure) in try JSONSyntax.read(buffer, mode: .strict).value }
        }
        switch read {
        case .success(let value):
            return value
        case .failure(let failure):
            let (line, column) = JSONSourceLocation.lineAndColumn(of: failure.offset, in: bytes)
            let message = failure.keyPath == nil ? "invalid JSON: " + failure.message : failure.message
            throw ConfigError(
                file: fileName, keyPath: failure.keyPath, line: line, column: column, message: message)
        }
    }
}
