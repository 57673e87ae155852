/// The two preconditions a GET or HEAD for a file may carry (RFC 9110 13.1), decided
/// against the representation that would be sent.
enum ConditionalRequest {
    /// Whether the answer is 304 Not Modified. `If-None-Match` wins over
    /// `If-Modified-Since` when both are present (RFC 9110 13.2.2): a client that sends an
    /// ETag has the exact bytes, and a date cannot tell two builds in the same second apart.
    static func isNotModified(
        ifNoneMatch: Substring?, ifModifiedSince: Substring?, etag: String, lastModified: Int
    ) -> Bool {
        if let ifNoneMatch { return matches(ifNoneMatch, etag: etag) }
        if let ifModifiedSince, let since = HTTPDate.parse(ifModifiedSince) { return lastModified <= since }
        return false
    }

    /// Weak comparison (RFC 9110 8.8.3.2), which `If-None-Match` uses: `W/` is ignored and
    /// `*` matches any current representation.
    static func matches(_ header: Substring, etag: String) -> Bool {
        for member in header.split(separator: ",") {
            var tag = member.trimmingSpaces()
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag = tag.dropFirst(2) }
            if tag == etag { return true }
        }
        return false
    }
}
