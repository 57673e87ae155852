/// Decides from the first bytes whether a document is JSON or XML; the XML root element
/// then decides the exact format.
enum FormatSniffer {
    enum Syntax: Equatable {
        case json
        case xml
        case unknown
    }

    static func syntax(of bytes: UnsafeRawBufferPointer) -> Syntax {
        var index = 0
        // UTF-8 BOM; UTF-16/32 BOMs mean XML (JSON must be UTF-8 by RFC 8259).
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return .xml
        }
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        guard index < bytes.count else { return .unknown }
        switch bytes[index] {
        // An array, a comment or a bare value is still JSON, just not a valid JSON Feed.
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "/"), UInt8(ascii: "\""): return .json
        case UInt8(ascii: "<"): return .xml
        case 0x00: return .xml
        default: return .unknown
        }
    }
}
