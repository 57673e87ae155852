/// JSON string escaping (RFC 8259) over UTF-8 bytes. Non-ASCII text stays as UTF-8;
/// U+2028 and U+2029 are escaped too, because JavaScript string literals reject them raw.
enum JSONEscaping {
    /// Bytes that may start something to escape: controls, `"`, `\` and 0xE2 (the lead
    /// byte of U+2028/U+2029). Everything else is copied in runs.
    private static let special: [Bool] = (0..<256).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
    }

    static func append(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        special.withUnsafeBufferPointer { special in
            var runStart = 0
            var index = 0
            let count = utf8.count
            while index < count {
                while index < count, !special[Int(utf8[index])] { index += 1 }
                guard index < count else { break }
                guard let (sequence, length) = escapeSequence(utf8, at: index) else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                out.append(contentsOf: sequence)
                index += length
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        }
    }

    private static func escapeSequence(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> ([UInt8], Int)? {
        let byte = utf8[index]
        switch byte {
        case UInt8(ascii: "\""): return (Array("\\\"".utf8), 1)
        case UInt8(ascii: "\\"): return (Array("\\\\".utf8), 1)
        case 0x0A: return (Array("\\n".utf8), 1)
        case 0x0D: return (Array("\\r".utf8), 1)
        case 0x09: return (Array("\\t".utf8), 1)
        case 0x00..<0x20: return (unicodeEscape(UInt16(byte)), 1)
        case 0xE2
        where index + 2 < utf8.count && utf8[index + 1] == 0x80
            && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
            return (unicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029), 3)
        default: return nil
        }
    }

    private static func unicodeEscape(_ scalar: UInt16) -> [UInt8] {
        let hex = Array("0123456789abcdef".utf8)
        return Array("\\u".utf8) + [12, 8, 4, 0].map { hex[Int((scalar >> UInt16($0)) & 0xF)] }
    }
}
