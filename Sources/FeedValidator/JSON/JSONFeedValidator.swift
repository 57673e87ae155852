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
    static func validate(_ bytes: UnsafeRawBufferPointer, context: inout ValidationContext) -> String? {
        let document: JSONSyntax.Document
        do throws(JSONSyntax.Failure) {
            let limits = JSONSyntax.Limits(maxArrayElements: context.maxItems)
            document = try JSONSyntax.read(bytes, mode: .strict, limits: limits)
        } catch {
            let (line, column) = JSONSourceLocation.lineAndColumn(of: error.offset, in: bytes)
            let detail = error.keyPath.map { "\(error.message) \($0)" } ?? error.message
            context.report(.invalidJSON, line: line, column: column, element: error.keyPath, detail: detail)
            return nil
        }
        guard let feed = document.value.object else {
            context.report(.unknownFeedFormat, line: 1, column: 1, element: "JSON value")
            return nil
        }
        if let stop = document.truncatedAt {
            let (line, column) = JSONSourceLocation.lineAndColumn(of: stop.offset, in: bytes)
            let detail =
                "\(stop.keyPath) has more than \(context.maxItems) elements, "
                + "the rest of the document was not checked"
            context.report(
                .itemLimit, line: line, column: column, element: stop.keyPath,
                value: String(context.maxItems), detail: detail)
        }
        var members = JSONMembers(context: context)
        members.checkFeed(feed)
        context = members.context
        return "json"
    }
}
