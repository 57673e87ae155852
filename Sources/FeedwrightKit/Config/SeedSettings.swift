public import Foundation

/// The `seeds` object of `config.json` (optional): where the seed files are read from.
///
/// The loader does not check that the directory exists; the caller does, so that it can
/// report the problem together with the seeds' context.
public struct SeedSettings: Sendable, Equatable {
    /// `seeds.directory` (required inside `seeds`): the directory holding the seed files,
    /// resolved against the config file's directory when relative.
    public var directory: URL

    public init(directory: URL) {
        self.directory = directory
    }
}
