import FeedAggregator
import FeedJSON
public import Foundation

/// One entry of a config's `sources`, with its `url` exactly as written (a relative path
/// stays relative), for commands that copy sources out of the file and into it.
public struct ConfiguredSource: Sendable, Equatable {
    /// `name`.
    public var name: String
    /// `url` as written in the file.
    public var url: String
    /// `enabled`.
    public var enabled: Bool
}

/// A config file's bytes and what they mean, read once for the `sources` commands.
struct ConfigText {
    var file: URL
    var bytes: [UInt8]
    var config: FeedwrightConfig
    var sources: [ConfiguredSource]

    /// Reads and checks `file` with ``ConfigLoader``, then takes each source's `url` as
    /// written from the same bytes.
    static func read(_ file: URL) throws(SourcesError) -> ConfigText {
        let name = ConfigLoader.displayName(of: file)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            let missing = !FileManager.default.fileExists(atPath: file.path)
            throw .config(
                ConfigError(file: name, message: missing ? "cannot read: no such file" : "cannot read"))
        }
        let config: FeedwrightConfig
        do {
            config = try ConfigLoader.decode(data, file: file)
        } catch {
            throw .config(error)
        }
        let bytes = [UInt8](data)
        let written = Self.writtenURLs(bytes)
        let sources = config.sources.enumerated().map { index, source in
            ConfiguredSource(
                name: source.name, url: index < written.count ? written[index] : source.location.display,
                enabled: source.enabled)
        }
        return ConfigText(file: file, bytes: bytes, config: config, sources: sources)
    }

    /// The `url` strings of `sources`, in order; the loader has already checked them.
    private static func writtenURLs(_ bytes: [UInt8]) -> [String] {
        let root = bytes.withUnsafeBytes { try? JSONSyntax.read($0, mode: .strict).value }
        let elements = root?.object?["sources"]?.array ?? []
        return elements.map { $0.object?["url"]?.string ?? "" }
    }
}
