import Foundation

/// A block of IP addresses in CIDR notation: `"10.0.0.0/8"`, `"fd00::/8"`, or a single
/// address such as `"127.0.0.1"` or `"::1"`. `config.json` lists these to let the fetcher
/// reach addresses it otherwise refuses (see ``AddressKind``).
public struct AddressRange: Sendable, Hashable, CustomStringConvertible {
    /// The first address of the block (host bits cleared).
    public let base: IPAddress
    /// The prefix length in the notation it was written in: 0…32 for IPv4, 0…128 for IPv6.
    public let prefixLength: Int
    /// The prefix counted over the 128-bit form, where IPv4 sits behind 96 fixed bits.
    private let bits: Int

    /// Every IPv4 and IPv6 address: for a caller that fetches exactly what a user typed.
    public static let everything: [AddressRange] = [AddressRange("0.0.0.0/0")!, AddressRange("::/0")!]

    /// Reads `"address"` or `"address/prefix"`; `nil` when either part is malformed.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(
            separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let address = IPAddress(String(parts[0])) else { return nil }
        let ipv4Notation = !parts[0].contains(":")
        let maximum = ipv4Notation ? 32 : 128
        var length = maximum
        if parts.count == 2 {
            guard parts[1].allSatisfy(\.isASCIIDigit), let written = Int(parts[1]), written <= maximum
            else { return nil }
            length = written
        }
        prefixLength = length
        bits = length + (ipv4Notation ? 96 : 0)
        base = IPAddress(bytes: Self.masked(address.bytes, bits: bits))
    }

    /// True when `address` lies inside the block. An IPv4 block never contains a native
    /// IPv6 address, but `::/0` contains every IPv4 address too.
    public func contains(_ address: IPAddress) -> Bool {
        Self.masked(address.bytes, bits: bits) == base.bytes
    }

    /// CIDR notation, such as `10.0.0.0/8` or `::1/128`.
    public var description: String {
        let ipv4Notation = bits - prefixLength == 96
        let address = !ipv4Notation && base.isIPv4 ? "::ffff:\(base)" : "\(base)"
        return prefixLength == (ipv4Notation ? 32 : 128) ? address : "\(address)/\(prefixLength)"
    }

    private static func masked(_ bytes: [UInt8], bits: Int) -> [UInt8] {
        bytes.enumerated().map { index, byte in
            let kept = min(max(bits - index * 8, 0), 8)
            return byte & ~(UInt8(0xff) >> kept)
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
