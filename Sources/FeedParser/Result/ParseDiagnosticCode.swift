/// The kinds of thing the parser reports; the raw value is the stable code users see.
public enum ParseDiagnosticCode: String, Sendable, Equatable, CaseIterable {
    /// The XML was not well-formed and was recovered.
    case notWellFormed = "NotWellFormed"
    /// A well-known prefix (`dc:`, `content:`) was used without its namespace declaration
    /// and was read in its usual namespace; reported once per prefix. A warning: the XML is
    /// well-formed and nothing was lost (feedparser counts it as "bozo"; the validator
    /// reports the missing declaration as an error).
    case undeclaredPrefix = "UndeclaredPrefix"
    /// The declared encoding did not match the bytes.
    case encodingMismatch = "EncodingMismatch"
    /// A date could not be read; the field was left out.
    case invalidDate = "InvalidDate"
    /// A date had no zone and was read in the configured (or UTC) zone.
    case dateWithoutZone = "DateWithoutZone"
    /// A number (length, size) could not be read; the field was left out.
    case invalidNumber = "InvalidNumber"
    /// Base64 or other content that cannot be shown was skipped.
    case unsupportedContent = "UnsupportedContent"
    /// HTML was changed by the sanitiser (something unsafe was removed).
    case sanitizedHTML = "SanitizedHTML"
    /// HTML that should have been escaped held raw elements (`<content type="html">A
    /// <b>b</b></content>`); they were kept as markup.
    case unescapedMarkup = "UnescapedMarkup"
    /// A link with a scheme that runs code (`javascript:`) was dropped.
    case unsafeURL = "UnsafeURL"
    /// An element or value was unexpected but ignored.
    case ignoredElement = "IgnoredElement"
    /// A required value was missing and a fallback was used.
    case missingValue = "MissingValue"
    /// The document is not a feed we can read.
    case unknownFormat = "UnknownFormat"
    /// A limit (size, depth, time) was exceeded.
    case limitExceeded = "LimitExceeded"
    /// The document was still gzip-compressed after any HTTP decoding, and was decompressed.
    case compressed = "Compressed"
}
