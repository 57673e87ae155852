internal import FeedXML

/// Checks of the XML declaration and the encoding, made on the document's first bytes
/// before libxml2 reads them: the version, a missing or obscure encoding label, and a
/// single-byte label on bytes that are really UTF-8 (the reader catches the opposite lie).
enum XMLDeclarationCheck {
    /// Encodings every reader is expected to know.
    static let commonEncodings: Set<String> = [
        "utf-8", "utf-16", "utf-16le", "utf-16be", "us-ascii", "ascii", "iso-8859-1", "iso-8859-2",
        "iso-8859-5", "iso-8859-15", "windows-1250", "windows-1251", "windows-1252", "koi8-r", "koi8-u",
        "shift_jis", "euc-jp", "euc-kr", "gb2312", "gbk", "gb18030", "big5", "iso-2022-jp",
    ]

    static func check(prefix: [UInt8], sniffed: XMLEncodingSniffer.Result, context: inout ValidationContext) {
        let head = String(decoding: prefix.prefix(256), as: UTF8.self)
        let declaration = head.hasPrefix("<?xml") ? head.prefix { $0 != ">" } : nil
        if let declaration, let version = attribute("version", in: declaration), version != "1.0" {
            context.report(.badXmlVersion, line: 1, column: 1, value: version)
        }
        guard sniffed.source != .byteOrderMark else { return }
        guard let declared = sniffed.declaredEncoding else {
            if sniffed.source == .defaultUTF8 { context.report(.missingEncoding, line: 1, column: 1) }
            return
        }
        let label = declared.lowercased()
        if !commonEncodings.contains(label) && !label.hasPrefix("iso-8859-") && !label.hasPrefix("windows-") {
            context.report(.obscureEncoding, line: 1, column: 1, value: declared)
        }
        if isSingleByte(label), looksLikeUTF8(prefix) {
            context.report(
                .encodingMismatch, line: 1, column: 1,
                detail: "declared \(declared) but the bytes are UTF-8 (accented letters will be garbled)")
        }
    }

    private static func attribute(_ name: String, in declaration: Substring) -> String? {
        guard let range = declaration.range(of: name + "=") else { return nil }
        let rest = declaration[range.upperBound...]
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    private static func isSingleByte(_ label: String) -> Bool {
        label.hasPrefix("iso-8859-") || label.hasPrefix("windows-125") || label.hasPrefix("koi8")
            || label == "latin1" || label == "cp1251" || label == "cp1252"
    }

    /// Valid UTF-8 with at least two multi-byte sequences: text in a single-byte encoding
    /// almost never is (a cp1251 letter is rarely followed by a byte in 0x80–0xBF).
    private static func looksLikeUTF8(_ bytes: [UInt8]) -> Bool {
        var multiByte = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length =
                b < 0x80
                ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
            if length == 0 { return false }
            if length > 1 {
                guard i + length <= bytes.count else { return multiByte >= 2 }
                for j in 1..<length where bytes[i + j] & 0xC0 != 0x80 { return false }
                multiByte += 1
            }
            i += length
        }
        return multiByte >= 2
    }
}
