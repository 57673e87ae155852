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

    private static func parse(_ data: Data, fileName: String) throws(ConfigError) -> Any {
        let bytes = [UInt8](data)
        let content = bytes.starts(with: JSONSourceLocation.byteOrderMark) ? bytes.dropFirst(3) : bytes[...]
        guard content.contains(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw ConfigError(file: fileName, message: "the file is empty; expected a JSON object")
        }
        if let failure = JSONSyntax.check(bytes) {
            let (line, column) = JSONSourceLocation.lineAndColumn(of: failure.offset, in: bytes)
            let message = failure.keyPath == nil ? "invalid JSON: " + failure.message : failure.message
            throw ConfigError(
                file: fileName, keyPath: failure.keyPath, line: line, column: column, message: message)
        }
        do {
            return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw serializationError(error, fileName: fileName, bytes: bytes)
        }
    }

    /// A `JSONSerialization` failure the syntax check did not foresee, placed by its
    /// "around character N" (a byte offset) when it gives one.
    private static func serializationError(_ error: any Error, fileName: String, bytes: [UInt8])
        -> ConfigError
    {
        let detail =
            (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
        var result = ConfigError(file: fileName, message: "invalid JSON: " + oneLine(detail))
        if let range = detail.range(of: "around character "),
            let offset = Int(detail[range.upperBound...].prefix(while: \.isNumber))
        {
            (result.line, result.column) = JSONSourceLocation.lineAndColumn(of: offset, in: bytes)
        }
        return result
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
