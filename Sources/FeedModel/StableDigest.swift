/// A 64-bit FNV-1a digest: the same on every machine and every run, unlike `Hasher`, which
/// is seeded per process. For names derived from content (entry ids, seed ids); not a
/// security measure.
public struct StableDigest: Sendable {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// A digest of nothing yet: the FNV-1a offset basis.
    public init() {}

    /// Mixes in `bytes`.
    public mutating func add(bytes: some Sequence<UInt8>) {
        for byte in bytes { mix(byte) }
    }

    /// Mixes in `text` and a NUL after it, so that the fields `("ab", "c")` and
    /// `("a", "bc")` give different digests.
    public mutating func addField(_ text: String) {
        add(bytes: text.utf8)
        mix(0)
    }

    private mutating func mix(_ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// The digest in 16 lowercase hexadecimal digits.
    public var hex: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
