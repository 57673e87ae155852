internal import FeedXML

extension XMLReadDiagnostic {
    /// The validator code for a libxml2 or reader finding, or `nil` for a libxml2 warning
    /// that says nothing about the feed (the W3C validator ignores those too).
    var validationCode: ValidationCode? {
        if let readerCode { return Self.code(for: readerCode) }
        switch code {
        case 26: return .undefinedNamedEntity  // XML_ERR_UNDECLARED_ENTITY
        case 6, 7, 8, 9: return .badCharacters  // invalid character references and characters
        case 64: return .wpBlankLine  // XML_ERR_RESERVED_XML_NAME: declaration not at the start
        case 31, 32: return .unknownEncoding  // XML_ERR_UNKNOWN/UNSUPPORTED_ENCODING
        case 81: return .encodingMismatch  // XML_ERR_INVALID_ENCODING: bytes not in the encoding
        case 89: return .validatorLimit  // XML_ERR_ENTITY_LOOP: entity expansion bombs
        case 97, 108: return .badXmlVersion  // unknown or unsupported XML version
        case 201: return .undeclaredPrefix  // XML_NS_ERR_UNDEFINED_NAMESPACE
        default: return severity >= .error ? .saxError : nil
        }
    }

    private static func code(for readerCode: ReaderCode) -> ValidationCode {
        switch readerCode {
        case .encodingMismatch, .invalidUTF8Replaced: .encodingMismatch
        case .contentBeforeDeclaration: .wpBlankLine
        case .depthLimitExceeded, .sizeLimitExceeded, .textTooLong, .entityExpansionLimitExceeded:
            .validatorLimit
        case .externalEntityNotLoaded: .containsSystemEntity
        case .externalParameterEntityNotLoaded: .externalParameterEntity
        case .unsupportedCharset: .unknownEncoding
        case .readFailed: .saxError
        case .undeclaredPrefix: .undeclaredPrefix  // only when recovering, which the validator does not
        }
    }

    /// Whether the finding means the events after it cannot be trusted, so the rules'
    /// findings (a "missing" element after a truncated parse) are dropped.
    var endsTrustworthyParse: Bool {
        severity == .fatal || readerCode == .depthLimitExceeded || readerCode == .entityExpansionLimitExceeded
    }
}
