import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real TCP listener on 127.0.0.1 that only counts connection attempts, to prove a
/// parser made no request.
final class LoopbackListener {
    let port: UInt16
    private let socketFD: Int32

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        socketFD = fd
    }

    /// Connections waiting to be accepted now (the parser runs synchronously, so any
    /// request it made has connected by the time this is asked).
    func acceptedConnections() -> Int {
        var count = 0
        while true {
            let client = accept(socketFD, nil, nil)
            if client < 0 { return count }
            count += 1
            Glibc.close(client)
        }
    }

    func close() {
        Glibc.close(socketFD)
    }
}
