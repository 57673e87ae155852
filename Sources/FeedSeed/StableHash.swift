import Foundation

/// A short, stable fingerprint of a text for use inside identifiers.
///
/// FNV-1a (64 bit) over the NFC UTF-8 bytes: the same on every machine and every run,
/// unlike `Hasher`, which is seeded per process. Not a security measure.
enum StableHash {
    static func hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.precomposedStringWithCanonicalMapping.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
