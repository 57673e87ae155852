/// The strong ETag of a file's bytes: two 64-bit FNV-1a hashes with different offset bases
/// and the length. Not a cryptographic digest: an ETag only has to change when the bytes
/// do, and this one costs one pass over a file the cache reads anyway.
enum ContentDigest {
    /// `"<length>-<hash><hash>"` for the identity bytes, with `suffix` for another coding.
    static func etag(of bytes: [UInt8], suffix: String = "") -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x100_0000_01b3
            second = (second &* 0x100_0000_01b3) ^ UInt64(byte)
        }
        return "\"\(String(bytes.count, radix: 16))-\(hex(first))\(hex(second))\(suffix)\""
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
