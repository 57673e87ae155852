/// A problem found while reading a document: a libxml2 error or warning, or one of the
/// reader's own findings (``ReaderCode``).
public struct XMLReadDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How bad it is. Any `.error` or `.fatal` makes the document not well-formed;
    /// `.fatal` also ends the parse unless recovery is on (limits end it regardless).
    public enum Severity: Int, Sendable, Equatable, Comparable, CustomStringConvertible {
        /// Worth knowing; the document is still well-formed.
        case warning = 1
        /// The document is not well-formed; reading went on.
        case error = 2
        /// The document is not well-formed at a point where libxml2 stops unless recovering.
        case fatal = 3

        /// Orders severities from the mildest (warning) to the gravest (fatal).
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rawValue < rhs.rawValue }

        /// The severity as a lowercase word, as it appears in messages.
        public var description: String {
            switch self {
            case .warning: "warning"
            case .error: "error"
            case .fatal: "fatal"
            }
        }
    }

    /// Codes for what the reader itself reports, above libxml2's range.
    public enum ReaderCode: Int, Sendable, CaseIterable {
        /// The bytes are not in the encoding the document declares (or defaults to); they
        /// were decoded in the guessed one.
        case encodingMismatch = 10_001
        /// An element nested deeper than ``XMLReaderOptions/maxDepth``.
        case depthLimitExceeded = 10_002
        /// The input grew past ``XMLReaderOptions/maxBytes`` while streaming.
        case sizeLimitExceeded = 10_003
        /// A text event longer than ``XMLReaderOptions/maxTextLength`` was cut.
        case textTooLong = 10_004
        /// Entity references produced more than ``XMLReaderOptions/maxEntityExpansion``.
        case entityExpansionLimitExceeded = 10_005
        /// A reference to an external entity, whose content is never loaded.
        case externalEntityNotLoaded = 10_006
        /// A charset the caller passed (say, from HTTP) or the declaration names that no
        /// decoder knows; the document was read in the detected encoding instead.
        case unsupportedCharset = 10_007
        /// Reading the input failed.
        case readFailed = 10_008
        /// A reference to an external parameter entity (`%p;` in the DTD), whose
        /// declarations are never loaded.
        case externalParameterEntityNotLoaded = 10_009
        /// Whitespace, comments or byte order marks before the XML declaration, read as if
        /// the declaration came first (see ``XMLPrelude``).
        case contentBeforeDeclaration = 10_010
        /// Invalid UTF-8 sequences in a document decoded as UTF-8, each replaced with U+FFFD;
        /// one diagnostic at the first, with the count.
        case invalidUTF8Replaced = 10_011
        /// A well-known prefix (`dc:`, `content:`) used without its `xmlns` declaration,
        /// bound to its usual namespace while recovering; reported once per prefix.
        case undeclaredPrefix = 10_020
    }

    /// How grave the problem is: errors mean the document was not well-formed.
    public var severity: Severity
    /// What went wrong, in libxml2's words (without the trailing newline) or ours.
    public var message: String
    /// 1-based line, or 0 when unknown.
    public var line: Int
    /// 1-based column in characters, as libxml2 counts it (`xmlError.int2` for parser
    /// errors: the position the parser had reached, usually just past the offending
    /// construct), or 0 when unknown.
    public var column: Int
    /// libxml2's `xmlParserErrors` value (for example 26, `XML_ERR_UNDECLARED_ENTITY`), or a
    /// ``ReaderCode`` raw value.
    public var code: Int

    /// A diagnostic at `line`:`column` (1-based) with a libxml2 error number or ``ReaderCode``.
    public init(severity: Severity, message: String, line: Int, column: Int, code: Int) {
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
        self.code = code
    }

    /// The reader's own code, when the diagnostic is not libxml2's.
    public var readerCode: ReaderCode? { ReaderCode(rawValue: code) }

    /// `line:column: severity: message [code]`.
    public var description: String { "\(line):\(column): \(severity): \(message) [\(code)]" }
}
