internal import FeedJSON
internal import Foundation

/// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): strict syntax first (with
/// line and column), then the members. Findings about members carry the key path as
/// their element (`items[2].date_published`) and no position.
enum JSONFeedValidator {
    static let versions = ["https://jsonfeed.org/version/1.1", "https://jsonfeed.org/version/1"]
    static let feedMembers: Set<String> = [
        "version", "title", "home_page_url", "feed_url", "description", "user_comment", "next_url", "icon",
        "favicon", "author", "authors", "language", "expired", "hubs", "items",
    ]

    /// Validates `bytes`; returns the format (`json`) or `nil` when it is no JSON Feed.
    static func validate(_ bytes: [UInt8], context: inout ValidationContext) -> String? {
        if let failure = JSONSyntax.check(bytes) {
            let (line, column) = JSONSourceLocation.lineAndColumn(of: failure.offset, in: bytes)
            let detail = failure.keyPath.map { "\(failure.message) \($0)" } ?? failure.message
            context.report(.invalidJSON, line: line, column: column, element: failure.keyPath, detail: detail)
            return nil
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]),
            let feed = object as? [String: Any]
        else {
            context.report(.unknownFeedFormat, line: 1, column: 1, element: "JSON value")
            return nil
        }
        var members = JSONMembers(context: context)
        members.checkFeed(feed)
        context = members.context
        return "json"
    }
}
