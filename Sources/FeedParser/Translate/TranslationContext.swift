import FeedDates
import FeedHTML
import FeedModel
import Foundation

/// What every field translation needs: the options, a place for diagnostics, and the
/// shared readers for dates, URLs and HTML.
final class TranslationContext {
    let options: ParseOptions
    private(set) var diagnostics: [ParseDiagnostic] = []
    /// The last channel link resolved as a base (see `channelBase`).
    var resolvedChannelBase: (link: String, base: String?, resolved: String?)?
    /// Made on first use: compiling the allowlist costs a millisecond of start-up that a
    /// parse without sanitising never needs.
    private lazy var sanitizer = HTMLSanitizer()
    /// With `deferSanitizing`: the base of the HTML left unsanitised in the entry being
    /// translated; `.none` until the entry has some.
    private var deferredBase: String?? = .none
    private var translatingEntry = false

    init(options: ParseOptions) {
        self.options = options
    }

    /// Reads a date; a bad one loses the field and says so, a zone-less one is read in the
    /// configured zone and says so.
    func date(_ text: String?, field: String) -> Date? {
        guard let text = text?.trimmed, !text.isEmpty else {
            return nil
        }
        guard let result = LenientDate.parse(text, defaultZone: options.defaultTimeZone) else {
            report(
                .invalidDate, .warning, "\(field): cannot read the date \"\(text)\"; field left out", field)
            return nil
        }
        if result.zoneWasAssumed {
            let zone =
                options.defaultTimeZone.identifier == "GMT" ? "UTC" : options.defaultTimeZone.identifier
            report(.dateWithoutZone, .info, "\(field): \"\(text)\" has no time zone; read in \(zone)", field)
        }
        return result.date
    }

    /// An HTML field as it will be republished: sanitised unless turned off, relative
    /// URLs resolved against `base`.
    func html(_ value: String, base: String?, field: String) -> Text {
        guard options.sanitizeHTML else { return .html(value) }
        let effectiveBase = base ?? options.documentURL
        if options.deferSanitizing, translatingEntry {
            switch deferredBase {
            case .none:
                deferredBase = .some(effectiveBase)
                return .html(value)
            case .some(let deferred) where deferred == effectiveBase:
                return .html(value)
            default:
                break  // a second base in one entry: only one is kept, so sanitise this one now
            }
        }
        let result = sanitizer.sanitize(value, baseURL: effectiveBase)
        if !result.removed.isEmpty {
            let removed = result.removed.prefix(5).map(\.description).joined(separator: ", ")
            report(.sanitizedHTML, .info, "\(field): removed unsafe HTML (\(removed))", field)
        }
        return .html(result.html)
    }

    /// The entry `translate` builds, with the base its unsanitised HTML needs (see
    /// `ParseOptions.deferSanitizing`); HTML outside entries is never deferred.
    func withDeferredHTMLBase(_ translate: () -> Entry) -> Entry {
        guard options.deferSanitizing else { return translate() }
        translatingEntry = true
        deferredBase = .none
        var entry = translate()
        translatingEntry = false
        if case .some(let base) = deferredBase { entry.htmlBase = base }
        return entry
    }

    /// Text that may hold markup, as plain text (titles).
    func plainText(fromHTML value: String) -> String {
        HTMLSanitizer.plainText(value)
    }

    /// A link resolved against `base` (xml:base in scope, else the document URL).
    func url(_ value: String?, base: String?) -> String? {
        guard let value = value?.trimmed, !value.isEmpty else {
            return nil
        }
        let resolved = URLResolution.resolve(value, against: base ?? options.documentURL)
        if URLResolution.hasUnsafeScheme(resolved) {
            report(
                .unsafeURL, .warning, "dropped the link \"\(resolved.prefix(60))\": its scheme can run code",
                nil)
            return nil
        }
        return resolved
    }

    func number(_ text: String?, field: String) -> Int64? {
        guard let text = text?.trimmed, !text.isEmpty else { return nil }
        guard let value = Int64(text), value >= 0 else {
            report(.invalidNumber, .warning, "\(field): \"\(text)\" is not a byte count; left out", field)
            return nil
        }
        return value
    }

    func report(
        _ code: ParseDiagnosticCode, _ severity: ParseDiagnostic.Severity, _ message: String,
        _ element: String?
    ) {
        diagnostics.append(ParseDiagnostic(code, severity, message, element: element))
    }
}
