/// ``ValueCheck``'s e-mail and media type checks on bytes, for text where every `Character`
/// is one ASCII byte (no byte above 0x7F, no CR that could pair with an LF): there a
/// character is a letter or a digit exactly when its byte is, so the answers are the
/// `Character` checks' answers. `nil` for any other text, which they read.
enum SimpleASCII {
    static func isEmail(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes in
            guard isSimple(bytes), let at = bytes.firstIndex(of: UInt8(ascii: "@")) else {
                return isSimple(bytes) ? false : nil
            }
            let local = bytes[..<at]
            let domain = bytes[(at + 1)...]
            guard !local.isEmpty, !domain.contains(UInt8(ascii: "@")), domain.contains(UInt8(ascii: ".")),
                domain.first != UInt8(ascii: "."), domain.last != UInt8(ascii: ".")
            else { return false }
            return local.allSatisfy { ASCIIClass.isAlphanumeric($0) || localAllowed.contains($0) }
                && domain.allSatisfy {
                    ASCIIClass.isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
                }
        }
    }

    /// `type/subtype` with RFC 6838 token characters, parameters allowed.
    static func isMIMEType(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes in
            // A leading `;` is skipped by the split the general check makes: it reads those.
            guard isSimple(bytes), bytes.first != UInt8(ascii: ";") else { return nil }
            var main = bytes[..<(bytes.firstIndex(of: UInt8(ascii: ";")) ?? bytes.count)]
            while let first = main.first, isSpace(first) { main = main.dropFirst() }
            while let last = main.last, isSpace(last) { main = main.dropLast() }
            guard let slash = main.firstIndex(of: UInt8(ascii: "/")) else { return false }
            let type = main[..<slash]
            let subtype = main[(slash + 1)...]
            return isToken(type) && isToken(subtype)
        }
    }

    private static let localAllowed = Array("!#$%&'*+-/=?^_`{|}~.".utf8)
    private static let tokenAllowed = Array("!#$&^_.+-".utf8)

    private static func isToken(_ part: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        !part.isEmpty && part.allSatisfy { ASCIIClass.isAlphanumeric($0) || tokenAllowed.contains($0) }
    }

    private static func isSimple(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09
    }
}
