import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression

/// One fetch's requests, under the policy as the request adjusted it.
struct Transfer: Sendable {
    let policy: FetchPolicy
    let request: FetchRequest
    let now: @Sendable () -> Date

    /// One request and response, on a connection pinned to an address that was checked.
    ///
    /// Pinning closes the DNS-rebinding gap: were the client to resolve the name again when
    /// connecting, a name that answered with a public address for our check could answer
    /// with 127.0.0.1 for the connection. Since pinning also bypasses the client's own
    /// fallback between a host's addresses, the next one is tried when connecting fails.
    func exchange(_ url: URL) async throws -> Outcome {
        let host = Self.bareHost(url)
        var lastFailure: (any Error)?
        for target in try await connectionTargets(host) {
            do {
                return try await withClient(host: host, pinnedTo: target) { client in
                    try await read(try await send(client, url), url: url)
                }
            } catch let failure as ConnectFailure {
                lastFailure = failure.underlying
            }
        }
        throw lastFailure ?? FetchError.transport("\(host) has no address")
    }

    /// An error before any response arrived, when another address may do better.
    private struct ConnectFailure: Error {
        var underlying: any Error
    }

    /// Every address the host resolves to must be allowed, not just the first: a client
    /// falling back to another one would otherwise reach it unchecked. A literal address
    /// needs no pinning, hence `nil`.
    private func connectionTargets(_ host: String) async throws -> [IPAddress?] {
        let addresses: [IPAddress]
        do {
            addresses = try await HostResolver.addresses(of: host)
        } catch let failure as HostResolver.Failure {
            throw FetchError.transport(failure.description)
        }
        if let refused = addresses.first(where: { !policy.allows($0) }) {
            throw FetchError.refusedAddress(host: host, address: refused.description)
        }
        return IPAddress(host) == nil ? addresses : [nil]
    }

    private func withClient<T>(
        host: String, pinnedTo target: IPAddress?, _ body: (HTTPClient) async throws -> T
    ) async throws -> T {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(
                connect: Self.timeAmount(policy.connectTimeout), read: Self.timeAmount(policy.totalTimeout)),
            decompression: .enabled(limit: .ratio(policy.maxCompressionRatio)))
        configuration.httpVersion = .automatic
        // Fail fast so that the next address gets its turn within the total timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        if let target { configuration.dnsOverride = [host: target.description] }
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        do {
            let result = try await body(client)
            try? await client.shutdown()
            return result
        } catch {
            try? await client.shutdown()
            throw error
        }
    }

    private func send(_ client: HTTPClient, _ url: URL) async throws -> HTTPClientResponse {
        do {
            return try await client.execute(
                httpRequest(url), deadline: .now() + Self.timeAmount(policy.totalTimeout))
        } catch {
            if Task.isCancelled || (error as? HTTPClientError) == .deadlineExceeded { throw error }
            throw ConnectFailure(underlying: error)
        }
    }

    private func httpRequest(_ url: URL) -> HTTPClientRequest {
        var http = HTTPClientRequest(url: url.absoluteString)
        http.headers.add(name: "User-Agent", value: policy.userAgent)
        if let form = request.form {
            http.method = .POST
            http.headers.add(name: "Content-Type", value: FormBody.mediaType)
            http.body = .bytes(ByteBuffer(string: form.encoded))
            return http
        }
        http.headers.add(
            name: "Accept",
            value:
                "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8"
        )
        http.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let etag = request.etag { http.headers.add(name: "If-None-Match", value: etag) }
        if let lastModified = request.lastModified {
            http.headers.add(name: "If-Modified-Since", value: lastModified)
        }
        return http
    }

    private func read(_ response: HTTPClientResponse, url: URL) async throws -> Outcome {
        let status = Int(response.status.code)
        let headers = response.headers
        if Self.redirectStatuses.contains(status), let location = headers.first(name: "Location") {
            return .redirect(status: status, location: location)
        }
        if status == 304 {
            return .done(
                FetchResponse(
                    status: 304, finalURL: url.absoluteString,
                    etag: headers.first(name: "ETag") ?? request.etag,
                    lastModified: headers.first(name: "Last-Modified") ?? request.lastModified))
        }
        try refuse(status: status, headers: headers, url: url)
        let contentType = headers.first(name: "Content-Type")
        return .done(
            FetchResponse(
                status: status, finalURL: url.absoluteString, body: try await body(response),
                etag: headers.first(name: "ETag"), lastModified: headers.first(name: "Last-Modified"),
                contentType: contentType, charset: Self.charset(contentType)))
    }

    private static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    /// Throws for every status other than 2xx, with the case the caller acts on.
    private func refuse(status: Int, headers: HTTPHeaders, url: URL) throws(FetchError) {
        let retryAfter = headers.first(name: "Retry-After").flatMap { RetryAfter.delay($0, now: now()) }
        switch status {
        case 200..<300: return
        case 410: throw .gone(url: url.absoluteString)
        case 429: throw .rateLimited(status: status, retryAfter: retryAfter)
        case 503 where retryAfter != nil: throw .rateLimited(status: status, retryAfter: retryAfter)
        default: throw .status(status, url: url.absoluteString)
        }
    }

    /// Reads the body, stopping as soon as it passes the cap rather than after.
    private func body(_ response: HTTPClientResponse) async throws -> Data {
        let limit = policy.maxBodyBytes
        if let declared = response.headers.first(name: "Content-Length").flatMap(Int.init), declared > limit {
            throw FetchError.tooLarge(limit: limit)
        }
        var body = Data()
        for try await chunk in response.body {
            guard body.count + chunk.readableBytes <= limit else { throw FetchError.tooLarge(limit: limit) }
            body.append(contentsOf: chunk.readableBytesView)
        }
        return body
    }

    /// The `charset` parameter of a `Content-Type` header.
    static func charset(_ contentType: String?) -> String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            }
        }
        return nil
    }

    /// A URL's host without the brackets of an IPv6 literal.
    static func bareHost(_ url: URL) -> String {
        let host = url.host ?? ""
        return host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// Errors from below, in the terms of the policy that caused them.
    func classify(_ error: any Error) -> FetchError {
        if let client = error as? HTTPClientError {
            switch client {
            case .deadlineExceeded, .readTimeout:
                return .timedOut(seconds: Fetcher.wholeSeconds(policy.totalTimeout))
            case .connectTimeout:
                return .transport("no connection within \(Fetcher.wholeSeconds(policy.connectTimeout)) s")
            default:
                if let words = Self.words(for: client) { return .transport(words) }
            }
        }
        switch error {
        case NIOHTTPDecompression.DecompressionError.limit:
            return .compressionRatio(limit: policy.maxCompressionRatio)
        case let io as IOError:
            // NIO's own description repeats itself; the system's words are clearer.
            return .transport(String(cString: strerror(io.errnoCode)))
        default:
            return .transport(String(describing: error))
        }
    }

    /// The HTTP client's failures a server can cause, in words; its own names
    /// (`HTTPClientError.remoteConnectionClosed`) mean nothing to a user.
    private static func words(for error: HTTPClientError) -> String? {
        let known: [(HTTPClientError, String)] = [
            (.remoteConnectionClosed, "the server closed the connection without a complete answer"),
            (.tlsHandshakeTimeout, "the TLS handshake did not finish in time"),
            (.bodyLengthMismatch, "the body does not match its Content-Length"),
            (.invalidProxyResponse, "the proxy gave an invalid answer"),
            (.cancelled, "the request was cancelled"),
        ]
        return known.first { $0.0 == error }?.1
    }
}
