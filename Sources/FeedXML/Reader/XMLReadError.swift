#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why an ``XMLStreamReader`` could not be created. Problems inside the document are not
/// thrown: they are ``XMLReadDiagnostic``s.
public struct XMLReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The file could not be opened or examined; `errno` is the system's error number.
        case cannotOpen(errno: Int32)
        /// The path names a directory.
        case isDirectory
        /// The document is larger than ``XMLReaderOptions/maxBytes``.
        case tooLarge(size: Int, limit: Int)
        /// libxml2 could not create a parser (out of memory).
        case parserUnavailable
    }

    public let kind: Kind
    /// The file, for file input.
    public let path: String?

    public init(_ kind: Kind, path: String? = nil) {
        self.kind = kind
        self.path = path
    }

    public var description: String {
        let subject = path.map { "\($0): " } ?? ""
        switch kind {
        case .cannotOpen(let code):
            return "\(subject)cannot open: \(String(cString: strerror(code))) (errno \(code))"
        case .isDirectory: return "\(subject)is a directory, not an XML document"
        case .tooLarge(let size, let limit):
            return "\(subject)document is \(size) bytes, more than the \(limit)-byte limit"
        case .parserUnavailable: return "\(subject)libxml2 could not create a parser"
        }
    }
}
