import Dispatch
import NIOConcurrencyHelpers

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Host name → addresses, so that every address can be judged before we connect.
enum HostResolver {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The addresses `host` resolves to; a literal address is returned as is. getaddrinfo
    /// blocks, so it runs on a Dispatch thread rather than the cooperative pool, and the
    /// caller stops waiting as soon as its task is cancelled (the lookup itself cannot be).
    static func addresses(of host: String) async throws -> [IPAddress] {
        if let literal = IPAddress(host) { return [literal] }
        let outcome = NIOLockedValueBox<CheckedContinuation<[IPAddress], any Error>?>(nil)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                outcome.withLockedValue { $0 = continuation }
                DispatchQueue.global().async {
                    let result = Result { try lookUp(host) }
                    outcome.withLockedValue { $0.take() }?.resume(with: result)
                }
            }
        } onCancel: {
            outcome.withLockedValue { $0.take() }?.resume(throwing: CancellationError())
        }
    }

    private static func lookUp(_ host: String) throws -> [IPAddress] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Darwin)
            hints.ai_socktype = SOCK_STREAM
        #else
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        guard status == 0, let list else {
            throw Failure(description: "cannot resolve \(host): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }
        var addresses: [IPAddress] = []
        for entry in sequence(first: list, next: { $0.pointee.ai_next }) {
            if let address = address(of: entry.pointee) { addresses.append(address) }
        }
        return addresses
    }

    private static func address(of entry: addrinfo) -> IPAddress? {
        guard let socketAddress = entry.ai_addr else { return nil }
        switch entry.ai_family {
        case AF_INET:
            return socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                var raw = $0.pointee.sin_addr
                return IPAddress(ipv4: withUnsafeBytes(of: &raw) { Array($0) })
            }
        case AF_INET6:
            return socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                var raw = $0.pointee.sin6_addr
                return IPAddress(bytes: withUnsafeBytes(of: &raw) { Array($0) })
            }
        default:
            return nil
        }
    }
}
