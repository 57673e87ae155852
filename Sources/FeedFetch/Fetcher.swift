import AsyncHTTPClient
import FeedWriter
public import Foundation
import NIOCore
import NIOHTTP1

/// Fetches feeds over HTTP the way publishers expect of a good citizen: a User-Agent that
/// names Feedwright, conditional requests, compression, bounded redirects, sizes and times.
public final class Fetcher: Sendable {
    public static let maxRedirects = 5
    public static let userAgent =
        "Feedwright/\(FeedwrightVersion.current) (+https://github.com/feedwright/feedwright)"

    private let client: HTTPClient

    public init() {
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .follow(max: Self.maxRedirects, allowCycles: false),
            timeout: .init(connect: .seconds(10), read: .seconds(30)),
            decompression: .enabled(limit: .ratio(50)))
        configuration.httpVersion = .automatic
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Shuts the client down; call once when done.
    public func shutdown() async {
        try? await client.shutdown()
    }

    /// Fetches `request.url`. A 304 returns an empty body; any other non-2xx status throws.
    public func fetch(_ request: FetchRequest) async throws(FetchError) -> FetchResponse {
        guard let url = URL(string: request.url), ["http", "https"].contains(url.scheme?.lowercased() ?? "")
        else {
            throw .invalidURL(request.url)
        }
        do {
            let response = try await client.execute(
                httpRequest(request), timeout: .seconds(Int64(request.timeout)))
            return try await read(response, request: request)
        } catch let error as FetchError {
            throw error
        } catch {
            throw Self.classify(error, timeout: request.timeout)
        }
    }

    private func httpRequest(_ request: FetchRequest) -> HTTPClientRequest {
        var http = HTTPClientRequest(url: request.url)
        http.headers.add(name: "User-Agent", value: Self.userAgent)
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

    private func read(_ response: HTTPClientResponse, request: FetchRequest) async throws -> FetchResponse {
        let finalURL = response.url?.absoluteString ?? request.url
        let status = Int(response.status.code)
        guard (200..<300).contains(status) || status == 304 else {
            throw FetchError.status(status, url: finalURL)
        }
        var body = Data()
        for try await chunk in response.body {
            guard body.count + chunk.readableBytes <= request.maxBytes else {
                throw FetchError.tooLarge(limit: request.maxBytes)
            }
            body.append(contentsOf: chunk.readableBytesView)
        }
        return FetchResponse(
            status: status, finalURL: finalURL, body: body, etag: response.headers.first(name: "ETag"),
            lastModified: response.headers.first(name: "Last-Modified"),
            charset: Self.charset(response.headers.first(name: "Content-Type")),
            redirects: Self.redirects(response.history))
    }

    private static func redirects(_ history: [HTTPClientRequestResponse]) -> [FetchResponse.Redirect] {
        zip(history, history.dropFirst()).compactMap { hop, next in
            let code = Int(hop.responseHead.status.code)
            guard (300..<400).contains(code) else { return nil }
            return FetchResponse.Redirect(from: hop.request.url, to: next.request.url, status: code)
        }
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

    private static func classify(_ error: any Error, timeout: Int) -> FetchError {
        if let client = error as? HTTPClientError {
            switch client {
            case .deadlineExceeded, .readTimeout, .connectTimeout: return .timedOut(seconds: timeout)
            case .redirectLimitReached, .redirectCycleDetected: return .tooManyRedirects
            default: return .transport(String(describing: client))
            }
        }
        return .transport(String(describing: error))
    }
}
