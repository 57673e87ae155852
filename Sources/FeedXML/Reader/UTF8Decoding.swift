extension String {
    /// The same string as `String(decoding: bytes, as: UTF8.self)` (invalid sequences
    /// become U+FFFD), made faster for valid input: the standard library checks UTF-8 one
    /// byte at a time (about 0.7 ns a byte on Cyrillic text, a tenth of a feed's parse);
    /// ``UTF8Decoding/isValid(_:)`` checks eight bytes at a time, and valid bytes are then
    /// copied without a second check.
    ///
    /// ASCII text goes through the standard library, whose ASCII check is as fast and
    /// marks the string as ASCII: a string built from an unchecked span is not marked, and
    /// then every hash and comparison of it (IDs in sets, keys in dictionaries) takes the
    /// slow Unicode-normalising path.
    package init(decodingUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        if UTF8Decoding.isASCII(bytes) {
            self.init(decoding: bytes, as: UTF8.self)
            return
        }
        guard UTF8Decoding.isValid(bytes) else {
            self.init(decoding: bytes, as: UTF8.self)
            return
        }
        if #available(macOS 26.0, iOS 26.0, tvOS 26.0, watchOS 26.0, visionOS 26.0, *) {
            // Safe: `isValid` has just checked what `unchecked` skips checking.
            self.init(copying: unsafe UTF8Span(unchecked: bytes.span))
        } else {
            self.init(decoding: bytes, as: UTF8.self)
        }
    }
}

/// A UTF-8 validity check for text that is mostly ASCII and two-byte sequences (Latin,
/// Cyrillic, Greek…): eight bytes per step with bit tricks; longer sequences and anything
/// suspicious are checked byte by byte. Agrees with the standard library's validation
/// (overlong forms, surrogates and code points past U+10FFFF are invalid).
enum UTF8Decoding {
    private static let high: UInt64 = 0x8080_8080_8080_8080

    /// Whether every byte is ASCII, eight at a time.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i &+ 8 <= n {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & high != 0 { return false }
            i &+= 8
        }
        while i < n {
            if base[i] >= 0x80 { return false }
            i &+= 1
        }
        return true
    }

    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            guard let stop = skipWords(base, from: i, n) else { return false }
            i = stop
            // Byte by byte past the word the fast step could not judge, then words again.
            let end = Swift.min(n, stop &+ 8)
            while i < end {
                guard let next = sequenceEnd(base, at: i, n) else { return false }
                i = next
            }
        }
        return true
    }

    /// Skips whole words of ASCII and well-formed two-byte sequences (leads C2–DF). Returns
    /// where a sequence starts that needs the byte-by-byte check (or fewer than eight bytes
    /// remain), or `nil` if the bytes are certainly invalid.
    @inline(__always)
    private static func skipWords(_ base: UnsafePointer<UInt8>, from start: Int, _ n: Int) -> Int? {
        var i = start
        // 0x80 when the last byte of the previous word was a lead awaiting its continuation.
        var carry: UInt64 = 0
        while i &+ 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let nonASCII = word & high
            if nonASCII | carry == 0 {
                i &+= 8
                continue
            }
            let bit6 = (word &<< 1) & high
            let lead = nonASCII & bit6
            let continuation = nonASCII & ~bit6
            // A lead with bit 5 set starts a longer sequence; one with bits 4–1 clear is C0
            // or C1 (overlong). Both go to the byte-by-byte check.
            let longer = (word &<< 2) & high
            let payload = word & 0x1E1E_1E1E_1E1E_1E1E
            let payloadSet = ((payload &+ 0x7F7F_7F7F_7F7F_7F7F) | payload) & high
            if lead & (longer | ~payloadSet) != 0 { break }
            // Every continuation byte follows a lead, and every lead is followed by one.
            guard continuation == (lead &<< 8) | carry else { return nil }
            carry = lead &>> 56
            i &+= 8
        }
        return carry == 0 ? i : i &- 1
    }

    /// The index after the valid sequence starting at `i`, or `nil`.
    @inline(__always)
    private static func sequenceEnd(_ base: UnsafePointer<UInt8>, at i: Int, _ n: Int) -> Int? {
        let lead = base[i]
        if lead < 0x80 { return i &+ 1 }
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, low) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE, 0xEF: length = 3
        case 0xED: (length, high) = (3, 0x9F)
        case 0xF0: (length, low) = (4, 0x90)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, high) = (4, 0x8F)
        default: return nil
        }
        guard i &+ length <= n, base[i &+ 1] >= low, base[i &+ 1] <= high else { return nil }
        var k = 2
        while k < length {
            guard base[i &+ k] & 0xC0 == 0x80 else { return nil }
            k &+= 1
        }
        return i &+ length
    }
}
