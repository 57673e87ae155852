internal import FeedXML
public import Foundation

/// Validates RSS (0.90–2.0), Atom 1.0 and JSON Feed documents the way the W3C Feed
/// Validator does, reporting coded diagnostics with line and column.
///
/// ```swift
/// let report = Validator.validate(Array(data), documentURL: "https://example.com/feed.xml")
/// if report.hasErrors { print(ValidationRenderer.text(report, path: "feed.xml")) }
/// ```
///
/// The rules run over the raw document as libxml2 reads it (no repairs, no recovery): a
/// document that is not well-formed gets its XML errors and nothing else, since whatever
/// follows the first fatal error is guesswork. XML is streamed, and items and entries are
/// checked one at a time, so memory does not grow with the number of items.
public enum Validator {
    /// The largest document validated: big enough for any real feed, small enough that a
    /// hostile "feed" cannot exhaust memory.
    public static let maxBytes = 256 << 20
    /// The most items (or entries) checked unless the caller says otherwise: past them
    /// checking stops with an `ItemLimit` warning (a long feed is not an invalid one), so a
    /// million-item document costs what ten thousand do. The same figure as the parser's
    /// `maxEntries`; real feeds carry far fewer.
    public static let maxItems = 10_000

    /// Validates a document held in memory.
    ///
    /// - Parameters:
    ///   - bytes: the document as received, in whatever encoding it declares.
    ///   - documentURL: where the document is published; its self link should match.
    ///   - now: the clock for "in the future" checks.
    ///   - maxItems: the most items (or JSON array elements) checked; `Int.max` checks all.
    ///   - profile: the rule set beyond the specification (``Profile/podcast`` adds Apple
    ///     Podcasts' required and recommended tags).
    public static func validate(
        _ bytes: [UInt8], documentURL: String? = nil, now: Date = Date(),
        maxItems: Int = Validator.maxItems, profile: Profile = .general
    ) -> ValidationReport {
        var context = ValidationContext(documentURL: documentURL, now: now, maxItems: maxItems)
        context.profile = profile
        if isBlank(bytes) {
            context.report(.saxError, line: 1, column: 1, detail: "the document is empty")
            return ValidationReport(format: nil, diagnostics: context.diagnostics)
        }
        if looksLikeJSON(bytes) {
            let format = bytes.withUnsafeBytes { JSONFeedValidator.validate($0, context: &context) }
            if profile == .podcast { PodcastProfile.checkFormat(format, context: &context) }
            return ValidationReport(format: format, diagnostics: context.diagnostics)
        }
        do {
            let reader = try XMLStreamReader(bytes: bytes, url: documentURL, options: readerOptions)
            return validateXML(reader, prefix: Array(bytes.prefix(1 << 20)), context: &context)
        } catch {
            context.report(.validatorLimit, line: nil, column: nil, detail: error.description)
            return ValidationReport(format: nil, diagnostics: context.diagnostics)
        }
    }

    /// Validates a file, streaming XML from disk (JSON is mapped: only the part read, up to
    /// `maxItems` items, becomes resident). Parameters as for the in-memory variant.
    public static func validate(
        path: String, documentURL: String? = nil, now: Date = Date(), maxItems: Int = Validator.maxItems,
        profile: Profile = .general
    ) -> ValidationReport {
        var context = ValidationContext(documentURL: documentURL, now: now, maxItems: maxItems)
        context.profile = profile
        let prefix = readPrefix(path)
        if isBlank(prefix) && prefix.count < 1 << 20 {
            return validate(prefix, documentURL: documentURL, now: now, maxItems: maxItems, profile: profile)
        }
        if looksLikeJSON(prefix),
            let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        {
            let format = data.withUnsafeBytes { JSONFeedValidator.validate($0, context: &context) }
            if profile == .podcast { PodcastProfile.checkFormat(format, context: &context) }
            return ValidationReport(format: format, diagnostics: context.diagnostics)
        }
        do {
            let reader = try XMLStreamReader(path: path, options: readerOptions)
            return validateXML(reader, prefix: prefix, context: &context)
        } catch {
            context.report(.saxError, line: nil, column: nil, detail: error.description)
            return ValidationReport(format: nil, diagnostics: context.diagnostics)
        }
    }

    /// No recovery: the validator reports the document as written. Limits as for convert.
    static let readerOptions = XMLReaderOptions(recover: false, maxBytes: maxBytes)

    private static func validateXML(
        _ reader: XMLStreamReader, prefix: [UInt8], context: inout ValidationContext
    )
        -> ValidationReport
    {
        var header = ValidationContext(documentURL: context.documentURL, now: context.now)
        XMLDeclarationCheck.check(prefix: prefix, sniffed: reader.encoding, context: &header)
        context.encoding = reader.encoding.encoding
        let format = XMLDocumentValidator.run(reader, context: &context)
        if context.profile == .podcast { PodcastProfile.checkFormat(format, context: &context) }
        var xml: [ValidationDiagnostic] = []
        for diagnostic in reader.diagnostics {
            guard let code = diagnostic.validationCode else { continue }
            xml.append(
                ValidationDiagnostic(
                    code: code,
                    message: code.template.replacingOccurrences(of: "{detail}", with: diagnostic.message),
                    line: diagnostic.line > 0 ? diagnostic.line : nil,
                    column: diagnostic.column > 0 ? diagnostic.column : nil))
        }
        let trusted = !reader.diagnostics.contains { $0.endsTrustworthyParse }
        let all = header.diagnostics + xml + (trusted ? context.diagnostics : [])
        return ValidationReport(format: format, diagnostics: sorted(all))
    }

    /// Document order; findings without a line (about the whole document) first.
    private static func sorted(_ diagnostics: [ValidationDiagnostic]) -> [ValidationDiagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let left = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let right = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return left < right
        }.map(\.element)
    }

    /// A JSON Feed starts with `{` (after a BOM and whitespace); XML starts with `<`.
    static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        return i < bytes.count && (bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "["))
    }

    /// Nothing but whitespace (or a byte order mark): libxml2 would call it "extra content".
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return bytes[start...].allSatisfy { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
    }

    private static func readPrefix(_ path: String) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return Array((try? handle.read(upToCount: 1 << 20)) ?? Data())
    }
}
