/// The result of ``HTMLSanitizer/sanitize(_:baseURL:)``: safe HTML and what was taken out.
public struct SanitizedHTML: Sendable, Hashable {
    /// The sanitised fragment: well-formed HTML (not XHTML) using only allowlisted elements
    /// and attributes.
    public var html: String

    /// What was removed, each distinct removal once with its count, in order of first
    /// occurrence. Empty when nothing was removed. Comments and unwrapped tags count too;
    /// filter on ``HTMLRemoval/kind`` to report only some.
    public var removals: [HTMLRemoval]

    public init(html: String, removals: [HTMLRemoval] = []) {
        self.html = html
        self.removals = removals
    }

    /// ``removals`` as short descriptions (`<script> element`, `onerror on <img>`,
    /// `href URL on <a> ×2`), for diagnostics.
    public var removed: [String] { removals.map(\.description) }

    /// How many things were removed in total.
    public var removedCount: Int { removals.reduce(0) { $0 + $1.count } }
}
