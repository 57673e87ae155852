public import Foundation

/// The `state` object of `config.json` (optional): the state database's location.
public struct StateSettings: Sendable, Equatable {
    /// `state.path` (required inside `state`): the SQLite file, resolved against the config
    /// file's directory when relative. Defaults to `.feedwright/state.sqlite` beside the
    /// config file when `state` is absent.
    public var path: URL

    public init(path: URL) {
        self.path = path
    }
}
