import Foundation

/// RFC 3986 reference resolution for links found in feeds.
enum URLResolution {
    static func resolve(_ reference: String, against base: String?) -> String {
        guard let base, !base.isEmpty, !isAbsolute(reference),
            let baseURL = URL(string: base),
            let resolved = URL(string: reference, relativeTo: baseURL)?.absoluteString
        else { return reference }
        return resolved
    }

    /// `javascript:`, `vbscript:` and `data:` links run code or smuggle content when a reader
    /// follows them; browsers ignore whitespace and control characters inside the scheme.
    static func hasUnsafeScheme(_ url: String) -> Bool {
        let scheme = url.prefix(while: { $0 != ":" }).unicodeScalars
            .filter { $0.value > 0x20 }.map { Character($0) }
        let name = String(scheme).lowercased()
        return url.contains(":") && ["javascript", "vbscript", "data"].contains(name)
    }

    /// A reference with a scheme (`http:`, `mailto:`, `tag:`) is already absolute.
    static func isAbsolute(_ reference: String) -> Bool {
        guard let colon = reference.firstIndex(of: ":") else { return false }
        let scheme = reference[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
