/// JSON string escaping (RFC 8259) over UTF-8 bytes. Non-ASCII text stays as UTF-8;
/// U+2028 and U+2029 are escaped too, because JavaScript string literals reject them raw.
@usableFromInline
enum JSONEscaping {
    /// Bytes that may start something to escape: controls, `"`, `\` and 0xE2 (the lead
    /// byte of U+2028/U+2029). Everything else is copied in runs.
    private static let special: [Bool] = (0..<256).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
    }

    /// Appends `utf8` to `out`, escaped for the inside of a JSON string.
    @usableFromInline
    static func append(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        guard let base = utf8.baseAddress else { return }
        special.withUnsafeBufferPointer { special in
            var runStart = 0
            var index = 0
            let count = utf8.count
            while index < count {
                // Most of a feed's text has nothing to escape: skip it eight bytes at a time.
                if index &+ 8 <= count,
                    !mayBeSpecial(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                {
                    index &+= 8
                    continue
                }
                guard special[Int(base[index])] else {
                    index &+= 1
                    continue
                }
                let length = escapedLength(utf8, at: index)
                guard length > 0 else {
                    index &+= 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index &- runStart))
                appendEscape(utf8, at: index, to: &out)
                index &+= length
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count &- runStart))
        }
    }

    /// Whether any byte of `word` may need escaping: exact when it says no (the bit tricks
    /// only err towards yes, for bytes after a real hit).
    @inline(__always)
    private static func mayBeSpecial(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func equal(_ byte: UInt64) -> UInt64 {
            let x = word ^ (ones &* byte)
            return (x &- ones) & ~x & high
        }
        let control = (word &- ones &* 0x20) & ~word & high
        return control | equal(0x22) | equal(0x5C) | equal(0xE2) != 0
    }

    /// How many bytes at `index` are replaced by an escape, 0 for none (0xE2 starting
    /// anything but U+2028/U+2029).
    @inline(__always)
    private static func escapedLength(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard utf8[index] == 0xE2 else { return 1 }
        let isSeparator =
            index + 2 < utf8.count && utf8[index + 1] == 0x80
            && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)
        return isSeparator ? 3 : 0
    }

    private static func appendEscape(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, to out: inout [UInt8])
    {
        let byte = utf8[index]
        switch byte {
        case UInt8(ascii: "\""): appendStatic("\\\"", to: &out)
        case UInt8(ascii: "\\"): appendStatic("\\\\", to: &out)
        case 0x0A: appendStatic("\\n", to: &out)
        case 0x0D: appendStatic("\\r", to: &out)
        case 0x09: appendStatic("\\t", to: &out)
        case 0xE2: appendUnicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
        default: appendUnicodeEscape(UInt16(byte), to: &out)
        }
    }

    @inline(__always)
    private static func appendStatic(_ string: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: string.utf8Start, count: string.utf8CodeUnitCount))
    }

    private static func appendUnicodeEscape(_ scalar: UInt16, to out: inout [UInt8]) {
        let hex: StaticString = "0123456789abcdef"
        appendStatic("\\u", to: &out)
        for shift: UInt16 in [12, 8, 4, 0] {
            out.append(hex.utf8Start[Int((scalar >> shift) & 0xF)])
        }
    }
}
