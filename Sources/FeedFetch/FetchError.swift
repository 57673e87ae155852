/// Why a fetch failed, in words a user can act on.
public enum FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidURL(String)
    case status(Int, url: String)
    case tooLarge(limit: Int)
    case timedOut(seconds: Int)
    case tooManyRedirects
    case transport(String)

    public var description: String {
        switch self {
        case .invalidURL(let url): "not an http or https URL: \(url)"
        case .status(let code, let url): "HTTP \(code) from \(url)"
        case .tooLarge(let limit): "the response is larger than \(limit) bytes"
        case .timedOut(let seconds): "no complete response within \(seconds) s"
        case .tooManyRedirects: "more than \(Fetcher.maxRedirects) redirects"
        case .transport(let message): "cannot connect: \(message)"
        }
    }
}
