/// A 128-bit digest of a string: FNV-1a and FNV-1 over the UTF-8 bytes, with different
/// offset bases. The merge of a large build keeps this instead of the string (a title or an
/// id) for every item it reads: 16 bytes instead of a heap string. Two different strings
/// share a digest with a probability of about n² / 2¹²⁹, so never in practice, unlike a
/// 64-bit digest at millions of items. Not a security measure.
struct Digest128: Hashable, Comparable, Sendable {
    private(set) var first: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var second: UInt64 = 0x8422_2325_cbf2_9ce4

    /// The digest of `text`.
    init(_ text: String) {
        append(text)
    }

    /// The digest of this digest's string followed by `suffix`: both halves are streaming
    /// hashes, so a string's digest extends without the string.
    func appending(_ suffix: String) -> Digest128 {
        var digest = self
        digest.append(suffix)
        return digest
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
                first = (first ^ UInt64(byte)) &* 0x100_0000_01b3
                second = (second &* 0x100_0000_01b3) ^ UInt64(byte)
            }
        }
    }

    static func < (lhs: Digest128, rhs: Digest128) -> Bool {
        (lhs.first, lhs.second) < (rhs.first, rhs.second)
    }
}
