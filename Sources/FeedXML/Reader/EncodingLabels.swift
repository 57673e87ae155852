/// Encoding labels as publishers write them, mapped to names libxml2 decodes (through
/// glibc iconv or ICU), and the declaration of EBCDIC documents, which no ASCII scan finds.
enum EncodingLabels {
    /// The decoder name for a label libxml2 does not accept as written, by its
    /// ``XMLEncodingSniffer/canonicalName(_:)`` (letters and digits, lowercased): Mac and
    /// IBM code pages under the spellings seen in feeds, and registry aliases.
    static let decoderNames: [String: String] = [
        "macintosh": "MACINTOSH", "mac": "MACINTOSH", "macroman": "MACINTOSH", "xmacroman": "MACINTOSH",
        "csmacintosh": "MACINTOSH",
        "macgreek": "x-mac-greek", "xmacgreek": "x-mac-greek",
        "macturkish": "x-mac-turkish", "xmacturkish": "x-mac-turkish",
        "maccyrillic": "MAC-CYRILLIC", "xmaccyrillic": "MAC-CYRILLIC",
        "macukrainian": "MACUKRAINIAN", "xmacukrainian": "MACUKRAINIAN",
        "ibm037": "IBM037", "ibm37": "IBM037", "cp037": "IBM037", "cp37": "IBM037", "ibm00037": "IBM037",
        "ebcdiccpus": "IBM037", "ebcdiccpca": "IBM037", "ebcdiccpnl": "IBM037", "ebcdiccpwt": "IBM037",
        "ibm500": "IBM500", "cp500": "IBM500", "ibm00500": "IBM500", "ebcdiccpbe": "IBM500",
        "ebcdiccpch": "IBM500",
        "ibm855": "IBM855", "cp855": "IBM855", "ibm861": "IBM861", "cp861": "IBM861",
        "ibm862": "IBM862", "cp862": "IBM862", "ibm865": "IBM865", "cp865": "IBM865",
        "ibm866": "IBM866", "cp866": "IBM866", "ibm869": "IBM869", "cp869": "IBM869",
        "windows1251": "WINDOWS-1251", "windows1252": "WINDOWS-1252",
    ]

    /// The name to hand libxml2 for `label`: the label itself when libxml2 decodes it, else
    /// the mapped name when that decodes, else `nil` (an unknown label).
    static func decoderName(for label: String, decodes: (String) -> Bool) -> String? {
        if decodes(label) { return label }
        let canonical = XMLEncodingSniffer.canonicalName(label)
        if let mapped = decoderNames[canonical], decodes(mapped) { return mapped }
        return nil
    }

    /// Whether the bytes start with `<?xm` in EBCDIC (4C 6F A7 94).
    static func startsWithEBCDICDeclaration(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.count >= 4 && b[0] == 0x4C && b[1] == 0x6F && b[2] == 0xA7 && b[3] == 0x94
    }

    /// The declaration's first bytes read as EBCDIC: only the characters every EBCDIC code
    /// page puts at the same place (letters, digits, the punctuation of a declaration) are
    /// decoded, which is all a label is made of; anything else becomes a space.
    static func ebcdicDeclarationText(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var ascii: [UInt8] = []
        for byte in b.prefix(256) {
            let c = ebcdicInvariant(byte)
            ascii.append(c)
            if c == UInt8(ascii: ">") { break }
        }
        return ascii
    }

    private static func ebcdicInvariant(_ b: UInt8) -> UInt8 {
        switch b {
        case 0x81...0x89: return b - 0x81 + UInt8(ascii: "a")
        case 0x91...0x99: return b - 0x91 + UInt8(ascii: "j")
        case 0xA2...0xA9: return b - 0xA2 + UInt8(ascii: "s")
        case 0xC1...0xC9: return b - 0xC1 + UInt8(ascii: "A")
        case 0xD1...0xD9: return b - 0xD1 + UInt8(ascii: "J")
        case 0xE2...0xE9: return b - 0xE2 + UInt8(ascii: "S")
        case 0xF0...0xF9: return b - 0xF0 + UInt8(ascii: "0")
        case 0x4C: return UInt8(ascii: "<")
        case 0x6F: return UInt8(ascii: "?")
        case 0x6E: return UInt8(ascii: ">")
        case 0x7E: return UInt8(ascii: "=")
        case 0x7F: return UInt8(ascii: "\"")
        case 0x7D: return UInt8(ascii: "'")
        case 0x60: return UInt8(ascii: "-")
        case 0x6D: return UInt8(ascii: "_")
        case 0x4B: return UInt8(ascii: ".")
        case 0x7A: return UInt8(ascii: ":")
        default: return UInt8(ascii: " ")
        }
    }
}
