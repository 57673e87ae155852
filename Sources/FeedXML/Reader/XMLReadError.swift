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
    /// What kept the reader from starting.
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

    /// What kept the reader from starting.
    public let kind: Kind
    /// The file, for file input.
    public let path: String?

    /// An error of `kind`, naming `path` when the input was a file.
    public init(_ kind: Kind, path: String? = nil) {
        self.kind = kind
        self.path = path
    }

    /// One line naming the file (when there is one) and the cause.
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
