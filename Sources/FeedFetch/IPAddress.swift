#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An IPv4 or IPv6 address. IPv4 is held as its IPv4-mapped IPv6 form (`::ffff:a.b.c.d`),
/// so a mapped address written as IPv6 is judged exactly like the IPv4 address it carries.
public struct IPAddress: Sendable, Hashable, CustomStringConvertible {
    /// The 16 bytes of the IPv6 form, network order.
    public let bytes: [UInt8]

    /// Reads a literal address: `"192.0.2.1"`, `"::1"`, `"[2001:db8::1]"`, `"::ffff:10.0.0.1"`.
    public init?(_ text: String) {
        let bare = text.hasPrefix("[") && text.hasSuffix("]") ? String(text.dropFirst().dropLast()) : text
        var v4 = in_addr()
        if inet_pton(AF_INET, bare, &v4) == 1 {
            self.init(ipv4: withUnsafeBytes(of: &v4) { Array($0) })
            return
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, bare, &v6) == 1 else { return nil }
        self.init(bytes: withUnsafeBytes(of: &v6) { Array($0) })
    }

    init(bytes: [UInt8]) {
        precondition(bytes.count == 16)
        self.bytes = bytes
    }

    init(ipv4: [UInt8]) {
        self.init(bytes: Self.mappedPrefix + ipv4)
    }

    private static let mappedPrefix: [UInt8] = Array(repeating: 0, count: 10) + [0xff, 0xff]

    /// True for an IPv4 address (including one written in IPv4-mapped IPv6 form).
    public var isIPv4: Bool { bytes.starts(with: Self.mappedPrefix) }

    /// The four bytes of an IPv4 address.
    var ipv4Bytes: [UInt8]? { isIPv4 ? Array(bytes[12...]) : nil }

    /// Dotted quad for IPv4; for IPv6 the compressed form `inet_ntop` writes (`::1`).
    public var description: String {
        if let v4 = ipv4Bytes { return v4.map(String.init).joined(separator: ".") }
        var v6 = in6_addr()
        withUnsafeMutableBytes(of: &v6) { $0.copyBytes(from: bytes) }
        var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        guard inet_ntop(AF_INET6, &v6, &buffer, socklen_t(buffer.count)) != nil else { return "?" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
