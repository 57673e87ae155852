import Foundation

/// Media types as writers emit them. Sources write `audio mpeg`, `mp3` or nothing; an
/// enclosure's type is required in RSS and JSON Feed, and validators reject a malformed
/// one, so a type that is not `type/subtype` (RFC 6838 names, parameters allowed) is
/// written as `application/octet-stream`, which claims nothing.
enum MediaType {
    static let unknown = "application/octet-stream"

    static func valid(_ text: String) -> String {
        isValid(text) ? text : unknown
    }

    static func isValid(_ text: String) -> Bool {
        if let valid = isValidPlainASCII(text) { return valid }
        let essence = text.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        let parts = essence.trimmingCharacters(in: .whitespaces).split(
            separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy(isRestrictedName)
    }

    /// The answer for the common case, ASCII without parameters or spaces (`audio/mpeg`),
    /// judged on bytes: the general path costs microseconds per enclosure, a tenth of
    /// writing JSON. `nil` for anything else (the general path decides).
    private static func isValidPlainASCII(_ text: String) -> Bool? {
        var slashes = 0
        var length = 0
        var valid = true
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: ";"), 0...0x20, 0x7F...: return nil
            case UInt8(ascii: "/"):
                valid = valid && length > 0
                slashes += 1
                length = 0
                continue
            default:
                let allowed =
                    length == 0 ? isASCIIAlphanumeric(byte) : isASCIIAlphanumeric(byte) || isPunctuation(byte)
                valid = valid && allowed
            }
            length += 1
            valid = valid && length <= 127
        }
        return valid && slashes == 1 && length > 0
    }

    @inline(__always)
    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// `!#$&-^_.+`, the punctuation RFC 6838 names may hold.
    @inline(__always)
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "-"),
            UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "+"):
            true
        default: false
        }
    }

    /// RFC 6838 §4.2: a letter or digit, then up to 126 of letters, digits and `!#$&-^_.+`.
    private static func isRestrictedName(_ name: Substring) -> Bool {
        guard let first = name.unicodeScalars.first, name.count <= 127, first.isASCIIAlphanumeric else {
            return false
        }
        return name.unicodeScalars.allSatisfy {
            $0.isASCIIAlphanumeric || "!#$&-^_.+".unicodeScalars.contains($0)
        }
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIIAlphanumeric: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
    }
}

extension Optional where Wrapped == String {
    /// `nil` for an absent or blank attribute value, which validators flag when written.
    var nonBlank: String? {
        self?.nonBlank
    }
}
