/// Makes the bytes of a document decoded as UTF-8 valid before libxml2 reads them: each
/// invalid sequence becomes U+FFFD on its own, the way the WHATWG Encoding Standard (and
/// so every browser) decodes, replacing the *maximal subpart* of an ill-formed sequence: a
/// lead byte and the continuation bytes that could still have completed it form one
/// replacement, any other bad byte one each. libxml2 itself would switch the rest of the
/// document to Latin-1 at the first invalid byte.
///
/// Valid chunks (the common case) are checked eight bytes at a time and handed on as they
/// are; only a chunk with an invalid sequence is copied, once.
struct UTF8Repair {
    /// How many replacements were made so far.
    private(set) var replaced = 0
    /// The original byte offset of the first invalid sequence.
    private(set) var firstInvalidOffset: Int?
    private var scratch: [UInt8] = []

    /// Whether `chunk` (whose first byte is at `offset` in the original document) needed
    /// repair; if so, the repaired bytes are ready for ``withRepaired(_:)``. The caller keeps
    /// a sequence cut at the chunk's end for the next chunk (``incompleteTail(_:)``), except
    /// at the end of the input, where such a sequence is invalid.
    mutating func repairs(_ chunk: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        if UTF8Decoding.isValid(chunk) { return false }
        let bad = UTF8Validation.firstInvalidOffset(chunk, isComplete: true) ?? 0
        if firstInvalidOffset == nil { firstInvalidOffset = offset + bad }
        scratch.removeAll(keepingCapacity: true)
        scratch.reserveCapacity(chunk.count + 64)
        scratch.append(contentsOf: chunk[..<bad])
        replaced += Self.replaceInvalid(chunk, from: bad, into: &scratch)
        return true
    }

    /// Calls `body` with the bytes the last ``repairs(_:at:)`` made.
    func withRepaired(_ body: (UnsafeRawBufferPointer) -> Void) {
        scratch.withUnsafeBytes { body($0) }
    }

    /// Appends `bytes[start...]` to `out` with every maximal ill-formed subpart replaced by
    /// EF BF BD; returns how many were replaced.
    static func replaceInvalid(_ b: UnsafeBufferPointer<UInt8>, from start: Int, into out: inout [UInt8])
        -> Int
    {
        var count = 0
        var i = start
        let n = b.count
        while i < n {
            let lead = b[i]
            if lead < 0x80 {
                out.append(lead)
                i += 1
                continue
            }
            let (end, isWellFormed) = UTF8Validation.sequence(in: b, at: i)
            if isWellFormed {
                out.append(contentsOf: b[i..<end])
            } else {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                count += 1
            }
            i = end
        }
        return count
    }

    /// How many bytes at the end of `b` (0 to 3) begin a sequence that the next chunk may
    /// complete; they are held back so no valid character is split across a check.
    static func incompleteTail(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = b.count
        var back = 1
        while back <= Swift.min(3, n) {
            let byte = b[n - back]
            if byte < 0x80 { return 0 }
            if byte >= 0xC0 {
                let (length, low, high) = UTF8Validation.sequenceShape(byte)
                guard length > back else { return 0 }
                if back >= 2, b[n - back + 1] < low || b[n - back + 1] > high { return 0 }
                return back
            }
            back += 1
        }
        return 0
    }
}
