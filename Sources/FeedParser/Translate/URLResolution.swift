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
        var name: [UInt8] = []
        for byte in url.utf8 {
            if byte == UInt8(ascii: ":") { return unsafeSchemes.contains(name) }
            if byte <= 0x20 { continue }
            // Any scheme longer than the longest unsafe one, or with a non-letter, is fine.
            guard name.count < 10, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A else { return false }
            name.append(byte | 0x20)
        }
        return false
    }

    private static let unsafeSchemes: Set<[UInt8]> = [
        Array("javascript".utf8), Array("vbscript".utf8), Array("data".utf8),
    ]

    /// A reference with a scheme (`http:`, `mailto:`, `tag:`) is already absolute.
    static func isAbsolute(_ reference: String) -> Bool {
        var isFirst = true
        for byte in reference.utf8 {
            if byte == UInt8(ascii: ":") { return !isFirst }
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            let isSchemeByte = (byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E
            guard isLetter || (!isFirst && isSchemeByte) else { return false }
            isFirst = false
        }
        return false
    }
}
