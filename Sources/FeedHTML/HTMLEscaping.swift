/// Escaping for HTML output, over UTF-8 bytes.
///
/// Text: `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;`, U+00A0 → `&nbsp;` (as the HTML
/// serialisation algorithm does, so a no-break space stays visible in the source). Attribute
/// values additionally escape `"` → `&quot;`. Everything else is written as UTF-8, never as a
/// character reference.
///
/// Characters are cleaned on the way, as an HTML parser and XML 1.0 would want them:
/// CR LF and lone CR become LF; other C0 controls, U+FFFE and U+FFFF are dropped; C1 controls
/// (U+0080–U+009F, which in feeds come from `&#150;` or text mis-decoded from windows-1252)
/// become the windows-1252 characters browsers substitute for them (`&#150;` → `–`), and the
/// five undefined ones are dropped.
enum HTMLEscaping {
    enum Mode {
        /// Text content.
        case text
        /// A double-quoted attribute value.
        case attribute
        /// No escaping at all, only the character clean-up (for plain text).
        case raw
    }

    /// Bytes below 0x40 that need attention in text: C0 controls other than tab and LF
    /// (CR included), `&`, `<` and `>`.
    private static var textLow: UInt64 {
        ~0 >> 32 & ~(1 << 0x09 | 1 << 0x0A) | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E
    }
    /// The same in attribute values, plus `"`.
    private static var attributeLow: UInt64 { textLow | 1 << 0x22 }
    /// The same in plain text: only the controls.
    private static var rawLow: UInt64 { ~0 >> 32 & ~(1 << 0x09 | 1 << 0x0A) }

    /// Whether `byte` needs attention: a byte of `low`, or the lead byte 0xC2 (U+0080–U+00BF:
    /// C1 controls and U+00A0) or 0xEF (U+F000–U+FFFF: U+FFFE and U+FFFF).
    @inline(__always)
    private static func isSpecial(_ byte: UInt8, _ low: UInt64) -> Bool {
        byte < 0x40 ? (low &>> UInt64(byte)) & 1 != 0 : (byte == 0xC2 || byte == 0xEF)
    }

    /// The windows-1252 characters for U+0080–U+009F, as UTF-8 (empty: undefined, dropped).
    static let c1Replacements: [[UInt8]] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
        0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ].map { (scalar: UInt32) -> [UInt8] in
        scalar == 0 ? [] : Array(String(Character(Unicode.Scalar(scalar)!)).utf8)
    }

    private static var amp: StaticString { "&amp;" }
    private static var lt: StaticString { "&lt;" }
    private static var gt: StaticString { "&gt;" }
    private static var quot: StaticString { "&quot;" }
    private static var nbsp: StaticString { "&nbsp;" }

    /// Appends `source` escaped for `mode`. `pendingCR` carries a CR that ended the previous
    /// chunk of the same text, so that a CR LF split across chunks still becomes one LF.
    static func append(
        _ source: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], mode: Mode, pendingCR: inout Bool
    ) {
        guard let base = source.baseAddress, source.count > 0 else { return }
        let n = source.count
        var i = 0
        if pendingCR, base[0] == 0x0A { i = 1 }
        pendingCR = false
        let low: UInt64
        switch mode {
        case .text: low = textLow
        case .attribute: low = attributeLow
        case .raw: low = rawLow
        }
        let raw = mode == .raw
        let quote = mode == .attribute
        var runStart = i
        while i < n {
            if i &+ 8 <= n
                && !mayBeSpecial(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self), quote, raw)
            {
                i &+= 8
                continue
            }
            if !isSpecial(base[i], low) {
                i &+= 1
                continue
            }
            if runStart < i {
                out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i &- runStart))
            }
            i = appendSpecial(base, i, n, to: &out, raw: raw, pendingCR: &pendingCR)
            runStart = i
        }
        if runStart < n {
            out.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: n &- runStart))
        }
    }

    /// Whether any of the eight bytes in `word` may need attention: exact when it says no
    /// (the bit tricks only err towards yes, for lanes after a real hit). Tab and LF count as
    /// controls here and are sorted out byte by byte.
    @inline(__always)
    private static func mayBeSpecial(_ word: UInt64, _ quote: Bool, _ raw: Bool) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func equal(_ byte: UInt64) -> UInt64 {
            let x = word ^ (ones &* byte)
            return (x &- ones) & ~x & high
        }
        var hits = (word &- ones &* 0x20) & ~word & high
        hits |= equal(0xC2) | equal(0xEF)
        if !raw { hits |= equal(0x26) | equal(0x3C) | equal(0x3E) }
        if quote { hits |= equal(0x22) }
        return hits != 0
    }

    /// Handles the byte at `i` of class `byteClass`; returns the index after what it consumed.
    @inline(__always)
    private static func appendSpecial(
        _ base: UnsafePointer<UInt8>, _ i: Int, _ n: Int, to out: inout [UInt8], raw: Bool,
        pendingCR: inout Bool
    ) -> Int {
        switch base[i] {
        case UInt8(ascii: "&"): appendStatic(amp, to: &out)
        case UInt8(ascii: "<"): appendStatic(lt, to: &out)
        case UInt8(ascii: ">"): appendStatic(gt, to: &out)
        case UInt8(ascii: "\""): appendStatic(quot, to: &out)
        case 0x0D:
            out.append(0x0A)
            if i &+ 1 < n {
                return base[i &+ 1] == 0x0A ? i &+ 2 : i &+ 1
            }
            pendingCR = true
        case 0xC2:
            guard i &+ 1 < n else { return i &+ 1 }
            let next = base[i &+ 1]
            if next == 0xA0 && !raw {
                appendStatic(nbsp, to: &out)
            } else if next < 0xA0 {
                out.append(contentsOf: c1Replacements[Int(next &- 0x80)])
            } else {
                out.append(0xC2)
                out.append(next)
            }
            return i &+ 2
        case 0xEF:
            if i &+ 2 < n, base[i &+ 1] == 0xBF, base[i &+ 2] >= 0xBE { return i &+ 3 }
            out.append(0xEF)
        default:
            break  // a C0 control: dropped
        }
        return i &+ 1
    }

    @inline(__always)
    private static func appendStatic(_ string: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: string.utf8Start, count: string.utf8CodeUnitCount))
    }

    /// Whether appending `source` as text would change it, and whether it holds markup or
    /// anything else only the parser can interpret: `nil` if it needs the parser (`<`, `&`
    /// or NUL), `false` if it would come out unchanged, `true` if only escaping is needed.
    static func textNeedsEscaping(_ source: UnsafeBufferPointer<UInt8>) -> Bool? {
        var needsEscaping = false
        for byte in source where isSpecial(byte, textLow) {
            if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") || byte == 0 { return nil }
            needsEscaping = true
        }
        return needsEscaping
    }
}
