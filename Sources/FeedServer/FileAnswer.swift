import Hummingbird

/// The response for a cached file: which representation (gzip or identity), whether the
/// client's copy is current (304), and the caching headers either way.
struct FileAnswer {
    let file: CachedFile
    let request: HTTPFields
    let head: Bool

    /// Feeds and pages change with each build: clients may reuse them for a minute, then
    /// revalidate (a 304 costs a few hundred bytes). Other files (styles, images) change
    /// rarely and may be reused for an hour.
    static func cacheControl(for mediaType: String) -> String {
        mediaType.hasPrefix("text/html") || mediaType.hasPrefix("application/")
            ? "public, max-age=60" : "public, max-age=3600"
    }

    func response() -> Response {
        let gzip = file.gzip.flatMap {
            AcceptEncoding.allowsGzip(request[.acceptEncoding].map { Substring($0) }) ? $0 : nil
        }
        let etag = gzip == nil ? file.identityETag : file.gzipETag
        var headers: HTTPFields = [
            .eTag: etag,
            .lastModified: file.lastModifiedText,
            .cacheControl: Self.cacheControl(for: file.mediaType),
        ]
        // Only a file that has a gzip form varies by Accept-Encoding.
        if file.gzip != nil { headers[.vary] = "Accept-Encoding" }
        let notModified = ConditionalRequest.isNotModified(
            ifNoneMatch: request[.ifNoneMatch].map { Substring($0) },
            ifModifiedSince: request[.ifModifiedSince].map { Substring($0) },
            etag: etag, lastModified: file.lastModified)
        let body = gzip ?? file.identity
        // The length the 200 would have had (RFC 9110 8.6), not the 304's empty body.
        headers[.contentLength] = String(body.readableBytes)
        if notModified { return Response(status: .notModified, headers: headers) }
        headers[.contentType] = file.mediaType
        if gzip != nil { headers[.contentEncoding] = "gzip" }
        return Response(
            status: .ok, headers: headers, body: head ? ResponseBody() : ResponseBody(byteBuffer: body))
    }
}
