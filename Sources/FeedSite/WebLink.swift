import Foundation

/// Links from feeds, made fit for an `href`.
///
/// Escaping keeps a URL from breaking out of its attribute, but not from running script: a
/// partner's `javascript:` link would run on our site when a reader clicks it. Only http(s)
/// links are printed; anything else (including the `file:` URL a local source is credited
/// with) leaves the text without a link.
enum WebLink {
    /// ASCII characters that are no URL code points: a page printing them in an `href` is
    /// invalid HTML.
    private static let forbidden = Set(" \"<>\\^`{|}".utf8)

    /// `text` as an absolute http(s) URL, with the ASCII characters a URL may not hold
    /// (space, quotes, angle brackets, controls, …) percent-encoded; `nil` for any other
    /// scheme or no text.
    static func href(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let lowered = trimmed.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(trimmed.utf8.count)
        for byte in trimmed.utf8 {
            if byte < 0x20 || byte == 0x7F || forbidden.contains(byte) {
                bytes.append(contentsOf: Array(String(format: "%%%02X", byte).utf8))
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
