/// What to fetch, with the validators kept from the last successful fetch of it.
public struct FetchRequest: Sendable, Equatable {
    /// The http or https URL to fetch.
    public var url: String
    /// Sent as `If-None-Match`: the `ETag` the state store kept.
    public var etag: String?
    /// Sent as `If-Modified-Since`: the `Last-Modified` the state store kept.
    public var lastModified: String?
    /// Overrides the policy's total timeout, in seconds, for this request.
    public var timeout: Int?
    /// Overrides the policy's body-size cap for this request.
    public var maxBytes: Int?
    /// When set, the request is a `POST` of this `application/x-www-form-urlencoded` body
    /// (see ``FormBody``) instead of a `GET`, and redirects are not followed: a server that
    /// moved its endpoint must be reconfigured, not silently sent the form elsewhere.
    public var form: FormBody?

    /// A request for `url`, conditional when a validator is given.
    public init(
        url: String, etag: String? = nil, lastModified: String? = nil, timeout: Int? = nil,
        maxBytes: Int? = nil, form: FormBody? = nil
    ) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.form = form
    }
}

extension FetchPolicy {
    /// The policy with the request's own limits, where it sets any.
    func overridden(by request: FetchRequest) -> FetchPolicy {
        var policy = self
        if let timeout = request.timeout { policy.totalTimeout = .seconds(timeout) }
        if let maxBytes = request.maxBytes { policy.maxBodyBytes = maxBytes }
        return policy
    }
}
