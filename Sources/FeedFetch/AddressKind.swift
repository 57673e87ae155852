/// What kind of network an address belongs to. Only ``public`` addresses are fetched by
/// default: the others reach the machine itself, its LAN or cloud metadata services, which
/// a feed URL from a partner (or a redirect it sends us to) has no business touching.
public enum AddressKind: String, Sendable, CaseIterable {
    /// A globally routable address: the only kind fetched by default.
    case `public`
    /// 0.0.0.0/8 and `::`, which reach the machine itself on many systems.
    case unspecified
    /// 127.0.0.0/8 and `::1`: this machine.
    case loopback
    /// A LAN: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 (RFC 1918), IPv6 site-local
    /// fec0::/10 and local-use NAT64 64:ff9b:1::/48.
    case `private`
    /// 100.64.0.0/10, carrier-grade NAT (RFC 6598).
    case shared
    /// 169.254.0.0/16 and fe80::/10, where cloud metadata services answer.
    case linkLocal = "link-local"
    /// fc00::/7 (RFC 4193).
    case uniqueLocal = "unique-local"
    /// 224.0.0.0/4 and ff00::/8.
    case multicast
    /// The ranges reserved for examples in documentation (RFC 5737, RFC 3849, RFC 9637).
    case documentation
    /// 198.18.0.0/15, for network benchmarks (RFC 2544).
    case benchmarking
    /// Reserved by IANA for special purposes or future use.
    case reserved

    /// The kind of `address`, after IANA's special-purpose registries (RFC 6890 and successors).
    public init(_ address: IPAddress) {
        if let embedded = Self.embeddedIPv4(address) {
            self = Self.lookup(embedded)
        } else {
            self = Self.lookup(address)
        }
    }

    private static func lookup(_ address: IPAddress) -> AddressKind {
        table.first { $0.range.contains(address) }?.kind ?? .public
    }

    /// NAT64 and 6to4 addresses route to the IPv4 address inside them, so that one decides.
    private static func embeddedIPv4(_ address: IPAddress) -> IPAddress? {
        if nat64.contains(address) { return IPAddress(ipv4: Array(address.bytes[12..<16])) }
        if sixToFour.contains(address) { return IPAddress(ipv4: Array(address.bytes[2..<6])) }
        return nil
    }

    private static let nat64 = AddressRange("64:ff9b::/96")!
    private static let sixToFour = AddressRange("2002::/16")!

    /// First match wins, so narrow blocks come before the wider ones holding them.
    private static let blocks: [(String, AddressKind)] = [
        ("0.0.0.0/8", .unspecified),
        ("10.0.0.0/8", .private),
        ("100.64.0.0/10", .shared),
        ("127.0.0.0/8", .loopback),
        ("169.254.0.0/16", .linkLocal),
        ("172.16.0.0/12", .private),
        ("192.0.0.0/24", .reserved),
        ("192.0.2.0/24", .documentation),
        ("192.88.99.0/24", .reserved),
        ("192.168.0.0/16", .private),
        ("198.18.0.0/15", .benchmarking),
        ("198.51.100.0/24", .documentation),
        ("203.0.113.0/24", .documentation),
        ("224.0.0.0/4", .multicast),
        ("240.0.0.0/4", .reserved),
        ("::/128", .unspecified),
        ("::1/128", .loopback),
        ("::/96", .reserved),
        ("64:ff9b:1::/48", .private),
        ("100::/64", .reserved),
        ("2001::/23", .reserved),
        ("2001:db8::/32", .documentation),
        ("3fff::/20", .documentation),
        ("fc00::/7", .uniqueLocal),
        ("fe80::/10", .linkLocal),
        ("fec0::/10", .private),
        ("ff00::/8", .multicast),
    ]

    private static let table = blocks.map { (range: AddressRange($0.0)!, kind: $0.1) }
}
