/// The state database could not be opened, migrated, read or written.
public struct StateError: Error, CustomStringConvertible {
    public var path: String
    public var underlying: any Error

    public init(path: String, underlying: any Error) {
        self.path = path
        self.underlying = underlying
    }

    public var description: String { "\(path): state database: \(underlying)" }
}
