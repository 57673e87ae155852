/// Why a fetch failed, in words a user can act on. ``description`` states what happened;
/// ``advice`` (when there is any) says what to do about it.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Not an absolute http or https URL with a host.
    case invalidURL(String)
    /// A status that is neither success, 304, a redirect, nor one of the cases below.
    case status(Int, url: String)
    /// 410: the publisher removed the feed for good.
    case gone(url: String)
    /// 429, or 503 with `Retry-After`: come back after `retryAfter` (`nil` when not said).
    case rateLimited(status: Int, retryAfter: Duration?)
    /// The host resolves to a non-public address that the policy does not allow.
    case refusedAddress(host: String, address: String)
    /// A redirect led back to `url`, already visited in this fetch.
    case redirectLoop(url: String)
    /// More than `limit` redirects in a row.
    case tooManyRedirects(limit: Int)
    /// The body is (or was announced to be) larger than `limit` bytes.
    case tooLarge(limit: Int)
    /// A compressed body expanded more than the policy allows.
    case compressionRatio(limit: Int)
    /// The whole fetch took longer than `seconds`.
    case timedOut(seconds: Int)
    /// The connection failed (DNS, TCP, TLS, a broken response): the cause in words.
    case transport(String)

    /// One line for a report, naming the URL or limit involved.
    public var description: String {
        switch self {
        case .invalidURL(let url): "not an http or https URL: \(url)"
        case .status(let code, let url): "HTTP \(code) from \(url)"
        case .gone(let url): "HTTP 410 from \(url)"
        case .rateLimited(let code, let wait): "HTTP \(code): rate limited\(Self.waitText(wait))"
        case .refusedAddress(let host, let address):
            "refusing to connect to \(host): \(address) is \(Self.kindText(address)) address"
        case .redirectLoop(let url): "redirect loop: back to \(url)"
        case .tooManyRedirects(let limit): "more than \(limit) redirects"
        case .tooLarge(let limit): "the response is larger than \(limit) bytes"
        case .compressionRatio(let limit): "the compressed response expands more than \(limit) times"
        case .timedOut(let seconds): "no complete response within \(seconds) s"
        case .transport(let message): "cannot connect: \(message)"
        }
    }

    /// What the user can do, for the errors where there is something to say.
    public var advice: String? {
        switch self {
        case .gone: "the publisher removed this feed for good: delete the source from config.json"
        case .rateLimited: "the source is skipped until then; fetching it more often will not help"
        case .refusedAddress(_, let address):
            "if this source is meant to be reached, add \"\(address)\" to fetch.allowAddresses in config.json"
        case .compressionRatio: "the server may be sending a decompression bomb"
        default: nil
        }
    }

    private static func waitText(_ wait: Duration?) -> String {
        guard let wait else { return "" }
        return "; retry after \(wait.components.seconds) s"
    }

    private static func kindText(_ address: String) -> String {
        let kind = IPAddress(address).map { AddressKind($0).rawValue } ?? "non-public"
        return ("aeiou".contains(kind.first ?? "x") ? "an " : "a ") + kind
    }
}
