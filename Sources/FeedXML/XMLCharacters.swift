/// The XML 1.0 character filter shared by ``XMLWriter`` and by callers that want to report
/// which field carried characters XML cannot represent.
///
/// XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF. Swift
/// strings cannot hold lone surrogates, so the characters removed here are the C0 controls
/// other than tab, LF and CR (including NUL), U+FFFE and U+FFFF. Everything else, including
/// DEL and the C1 controls, is kept.
public enum XMLCharacters {
    /// Returns `s` without the characters XML 1.0 forbids, and how many Unicode scalars were
    /// removed. A clean string is returned as is, without copying.
    public static func removingForbidden(_ s: String) -> (text: String, removed: Int) {
        var copy = s
        let filtered: (text: String, removed: Int)? = copy.withContiguousUTF8 { bytes in
            guard let first = firstForbiddenOffset(in: bytes) else { return nil }
            var removed = 0
            let text = String(unsafeUninitializedCapacity: bytes.count) { out in
                copyAllowed(from: bytes, startingAt: first, into: out, removed: &removed)
            }
            return (text, removed)
        }
        return filtered ?? (s, 0)
    }

    /// Whether `s` contains any character XML 1.0 forbids.
    public static func containsForbidden(_ s: String) -> Bool {
        var s = s
        return s.withContiguousUTF8 { firstForbiddenOffset(in: $0) != nil }
    }

    /// The byte offset of the first forbidden character in well-formed UTF-8, or `nil`.
    ///
    /// Eight bytes at a time: a word is looked at byte by byte only if it holds a byte below
    /// 0x20 or a 0xEF (the lead byte of U+FFFE/U+FFFF), which clean text rarely does.
    @inline(__always)
    static func firstForbiddenOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let spaces = ones &* 0x20
        let leadEF = ones &* 0xEF
        var i = 0
        while i &+ 8 <= n {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            let belowSpace = (word &- spaces) & ~word & highBits
            let xorEF = word ^ leadEF
            let hasEF = (xorEF &- ones) & ~xorEF & highBits
            if (belowSpace | hasEF) != 0 {
                for j in i..<(i &+ 8) where forbiddenLength(bytes, at: j) != 0 { return j }
            }
            i &+= 8
        }
        while i < n {
            if forbiddenLength(bytes, at: i) != 0 { return i }
            i &+= 1
        }
        return nil
    }

    /// The number of bytes of a forbidden character starting at `i`, or 0 if the character
    /// there is allowed. U+FFFE and U+FFFF are EF BF BE and EF BF BF; 0xEF is always a lead
    /// byte, so it cannot be misread inside another sequence.
    @inline(__always)
    static func forbiddenLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        if b < 0x20 {
            return (b == 0x09 || b == 0x0A || b == 0x0D) ? 0 : 1
        }
        if b == 0xEF, i &+ 2 < bytes.count, bytes[i &+ 1] == 0xBF, bytes[i &+ 2] >= 0xBE {
            return 3
        }
        return 0
    }

    /// Copies `bytes` into `out` (capacity at least `bytes.count`), leaving out forbidden
    /// characters. `first` is the offset of the first forbidden one; the prefix before it is
    /// copied wholesale. Returns the number of bytes written.
    static func copyAllowed(
        from bytes: UnsafeBufferPointer<UInt8>,
        startingAt first: Int,
        into out: UnsafeMutableBufferPointer<UInt8>,
        removed: inout Int
    ) -> Int {
        var written = 0
        if first > 0 {
            _ = out.initialize(fromContentsOf: UnsafeBufferPointer(rebasing: bytes[0..<first]))
            written = first
        }
        var i = first
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x20 || b == 0xEF {
                let skip = forbiddenLength(bytes, at: i)
                if skip != 0 {
                    removed &+= 1
                    i &+= skip
                    continue
                }
            }
            out.initializeElement(at: written, to: b)
            written &+= 1
            i &+= 1
        }
        return written
    }
}

extension String {
    /// Runs `body` over the string's UTF-8 storage, making it contiguous first if needed
    /// (native Swift strings already are, so this does not copy them).
    @inlinable
    package mutating func withContiguousUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows
        -> R
    {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        makeContiguousUTF8()
        return try utf8.withContiguousStorageIfAvailable(body)!
    }
}

/// Escaping text for HTML or XML markup: the one place every module escapes `&`, `<`, `>`
/// (and `"` where the text goes into a quoted attribute value or must survive one).
public enum MarkupEscaping {
    /// `text` with `&`, `<`, `>` escaped, and `"` too when `quotes` is true. Text with
    /// nothing to escape is returned as it is, without a copy.
    public static func escaped(_ text: String, quotes: Bool = false) -> String {
        let needsWork = text.utf8.contains { byte in
            byte == 0x26 || byte == 0x3C || byte == 0x3E || (quotes && byte == 0x22)
        }
        guard needsWork else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
