/// A UTF-8 validity check over raw bytes, used to catch documents that claim UTF-8 and are
/// not. ASCII runs are skipped eight bytes at a time.
enum UTF8Validation {
    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence
    /// (overlong forms and surrogates are invalid), or `nil`. When `isComplete` is false the
    /// bytes are a prefix, and a sequence cut short at the very end is not an error.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> Int? {
        // Valid text (the common case) is confirmed by the faster word-at-a-time check, which
        // also skips two-byte sequences (Cyrillic, Greek) eight bytes at a time; only a
        // document it rejects is walked here to find the offset.
        if UTF8Decoding.isValid(bytes) { return nil }
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        var i = 0
        while i < n {
            if i &+ 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    i &+= 8
                    continue
                }
            }
            let lead = bytes[i]
            if lead < 0x80 {
                i &+= 1
                continue
            }
            let (length, low, high) = sequenceShape(lead)
            guard length > 0 else { return i }
            if i &+ length > n {
                return isComplete || !prefixIsPlausible(bytes, from: i, low: low, high: high) ? i : nil
            }
            let second = bytes[i &+ 1]
            guard second >= low, second <= high else { return i }
            var k = 2
            while k < length {
                guard bytes[i &+ k] & 0xC0 == 0x80 else { return i }
                k &+= 1
            }
            i &+= length
        }
        return nil
    }

    /// The sequence that starts at `start` with a byte of 0x80 or above: where it ends, and
    /// whether it is well-formed. An ill-formed one ends after its *maximal subpart* (the
    /// lead and the continuation bytes that could still have completed it), or after the
    /// lone bad byte: the unit WHATWG decoding replaces with one U+FFFD.
    @inline(__always)
    static func sequence(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (
        end: Int, isWellFormed: Bool
    ) {
        let (length, low, high) = sequenceShape(bytes[start])
        var end = start + 1
        guard length > 0 else { return (end, false) }
        var (lower, upper) = (low, high)
        while end < start + length, end < bytes.count, bytes[end] >= lower, bytes[end] <= upper {
            end += 1
            (lower, upper) = (0x80, 0xBF)
        }
        return (end, end == start + length)
    }

    /// The length of the sequence a lead byte starts (0 if it cannot start one) and the range
    /// its second byte must fall in.
    @inline(__always)
    static func sequenceShape(_ lead: UInt8) -> (Int, UInt8, UInt8) {
        switch lead {
        case 0xC2...0xDF: (2, 0x80, 0xBF)
        case 0xE0: (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE, 0xEF: (3, 0x80, 0xBF)
        case 0xED: (3, 0x80, 0x9F)
        case 0xF0: (4, 0x90, 0xBF)
        case 0xF1...0xF3: (4, 0x80, 0xBF)
        case 0xF4: (4, 0x80, 0x8F)
        default: (0, 0, 0)
        }
    }

    /// Whether the bytes from `start` to the end could begin a valid sequence.
    private static func prefixIsPlausible(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, low: UInt8, high: UInt8
    ) -> Bool {
        guard start + 1 < bytes.count else { return true }
        guard bytes[start + 1] >= low, bytes[start + 1] <= high else { return false }
        return bytes[(start + 2)...].allSatisfy { $0 & 0xC0 == 0x80 }
    }

    /// How many multi-byte sequences in `bytes` are valid and how many are ill-formed
    /// (maximal subparts, as ``UTF8Repair`` counts them); a sequence cut at the end of an
    /// incomplete prefix counts as neither.
    static func census(_ bytes: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> (valid: Int, invalid: Int) {
        var valid = 0
        var invalid = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let (end, isWellFormed) = sequence(in: bytes, at: i)
            if isWellFormed {
                valid += 1
            } else if !(end == n && sequenceShape(lead).0 > 0 && !isComplete) {
                invalid += 1
            }
            i = end
        }
        return (valid, invalid)
    }
}
