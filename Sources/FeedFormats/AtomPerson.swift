/// An Atom person construct (`author`, `contributor`).
public struct AtomPerson: Sendable, Equatable {
    public var name: String
    public var uri: String?
    public var email: String?

    public init(name: String, uri: String? = nil, email: String? = nil) {
        self.name = name
        self.uri = uri
        self.email = email
    }
}
