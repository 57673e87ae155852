import FeedFormats
import FeedJSON
import Foundation

/// Reads a JSON Feed 1.0 or 1.1 document into its tree. Members of the wrong type lose
/// only themselves (with a diagnostic); a document that is not a JSON object fails.
struct JSONFeedDecoder {
    private(set) var diagnostics: [ParseDiagnostic] = []
    /// Items in the whole document, when the read stopped at `maxEntries`.
    private(set) var entriesInDocument: Int?

    /// Reads `data`; an array longer than `maxEntries` (the items, in any real feed) ends
    /// the read there, with a `LimitExceeded` warning, and the items before it are kept.
    mutating func decode(_ data: Data, maxEntries: Int) throws(FeedParseError) -> JSONFeed {
        let read = data.withUnsafeBytes { bytes in
            Result { () throws(JSONSyntax.Failure) in
                try JSONSyntax.read(bytes, mode: .lenient, limits: .init(maxArrayElements: maxEntries))
            }
            .mapError { failure in Self.syntaxError(failure, in: bytes) }
            .map { document in
                (
                    document.value,
                    document.truncatedAt.map {
                        Self.truncation(
                            $0, maxEntries: maxEntries, total: document.truncatedArrayCount, in: bytes)
                    },
                    document.truncatedArrayCount
                )
            }
        }
        let (object, truncation, total) = try read.get()
        // Only the items array's count is the document's item count (another array can
        // be the one cut: a million tags on one item).
        entriesInDocument = truncation?.element == "items" ? total : nil
        guard let root = object.object else {
            throw FeedParseError("a JSON Feed must be a JSON object")
        }
        try Self.checkIsJSONFeed(root)
        let feed = feed(root)
        if let truncation { diagnostics.append(truncation) }
        return feed
    }

    /// An object with neither a jsonfeed.org `version` nor an `items` array (a
    /// package.json, an API's answer) is some other JSON, not an empty feed. A JSON Feed
    /// that lacks only its version is still read, with a warning.
    private static func checkIsJSONFeed(_ root: JSONObject) throws(FeedParseError) {
        let version = root["version"]?.string ?? ""
        guard !version.contains("jsonfeed.org/version/"), root["items"]?.array == nil else { return }
        throw FeedParseError(
            "not a JSON Feed: the JSON object has no jsonfeed.org \"version\" and no \"items\" array")
    }

    /// Where and why the bytes are not JSON, as `line:column`.
    private static func syntaxError(_ failure: JSONSyntax.Failure, in bytes: UnsafeRawBufferPointer)
        -> FeedParseError
    {
        let (line, column) = JSONSourceLocation.lineAndColumn(of: failure.offset, in: bytes)
        return FeedParseError("invalid JSON: \(failure.message)", line: line, column: column)
    }

    private static func truncation(
        _ stop: (offset: Int, keyPath: String), maxEntries: Int, total: Int?, in bytes: UnsafeRawBufferPointer
    ) -> ParseDiagnostic {
        let (line, column) = JSONSourceLocation.lineAndColumn(of: stop.offset, in: bytes)
        let count = total.map { " (\($0) in all)" } ?? ""
        return ParseDiagnostic(
            .limitExceeded, .warning,
            "truncated: \(stop.keyPath) has more than \(maxEntries) elements\(count) (the item limit: raise it with convert --max-items or a source's maxItems); "
                + "stopped reading there, the rest of the document was not read",
            line: line, column: column, element: stop.keyPath,
            detail: stop.keyPath == "items" ? .itemLimit(maxEntries) : nil)
    }

    private mutating func feed(_ root: JSONObject) -> JSONFeed {
        let version = string(root, "version") ?? ""
        if version.isEmpty {
            note(.missingValue, "the JSON Feed has no version; read as 1.1", "version")
        }
        let items = (root["items"]?.array ?? []).compactMap { value in
            value.object.map { item($0) }
        }
        var feed = JSONFeed(
            version: version,
            title: string(root, "title") ?? "",
            homePageURL: string(root, "home_page_url"),
            feedURL: string(root, "feed_url"),
            description: string(root, "description"),
            userComment: string(root, "user_comment"),
            icon: string(root, "icon"),
            favicon: string(root, "favicon"),
            authors: authors(root),
            language: string(root, "language"),
            items: items
        )
        feed.archiveLinks = Self.archiveLinks(root)
        return feed
    }

    /// The string members of the `_rfc5005` extension object named after RFC 5005's
    /// relations; anything else in it is left alone, as extensions are.
    private static func archiveLinks(_ root: JSONObject) -> [String: String] {
        guard let object = root["_rfc5005"]?.object else { return [:] }
        var links: [String: String] = [:]
        for relation in ["current", "prev-archive", "next-archive"] {
            if let href = object[relation]?.string, !href.isEmpty { links[relation] = href }
        }
        return links
    }

    private mutating func item(_ object: JSONObject) -> JSONFeedItem {
        JSONFeedItem(
            id: identifier(object["id"]) ?? "",
            url: string(object, "url"),
            externalURL: string(object, "external_url"),
            title: string(object, "title"),
            contentHTML: string(object, "content_html"),
            contentText: string(object, "content_text"),
            summary: string(object, "summary"),
            image: string(object, "image") ?? string(object, "banner_image"),
            datePublished: string(object, "date_published"),
            dateModified: string(object, "date_modified"),
            authors: authors(object),
            tags: (object["tags"]?.array ?? []).compactMap(\.string),
            language: string(object, "language"),
            attachments: (object["attachments"]?.array ?? []).compactMap { attachment($0) }
        )
    }

    /// JSON Feed 1.1 `authors`, or 1.0's single `author`.
    private mutating func authors(_ object: JSONObject) -> [JSONFeedAuthor] {
        let list = object["authors"]?.array ?? (object["author"].map { [$0] } ?? [])
        return list.compactMap { value in
            guard let author = value.object else { return nil }
            return JSONFeedAuthor(
                name: author["name"]?.string, url: author["url"]?.string, avatar: author["avatar"]?.string)
        }
    }

    private func attachment(_ value: JSONValue) -> JSONFeedAttachment? {
        guard let object = value.object, let url = object["url"]?.string else { return nil }
        return JSONFeedAttachment(
            url: url,
            mimeType: object["mime_type"]?.string ?? "application/octet-stream",
            title: object["title"]?.string,
            sizeInBytes: object["size_in_bytes"].flatMap(Self.wholeBytes),
            durationInSeconds: object["duration_in_seconds"]?.number
        )
    }

    /// A size in bytes: an integer, or a number with a fraction cut to its whole part (as
    /// `NSNumber.int64Value` did); `nil` for anything else or beyond `Int64`.
    private static func wholeBytes(_ value: JSONValue) -> Int64? {
        switch value {
        case .integer(let count): Int64(count)
        case .double(let count): Int64(exactly: count.rounded(.towardZero))
        default: nil
        }
    }

    /// Ids should be strings; numbers are accepted as their decimal text, as readers do.
    private func identifier(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text): text
        case .integer(let number): String(number)
        case .double(let number): NSNumber(value: number).stringValue
        default: nil
        }
    }

    private mutating func string(_ object: JSONObject, _ key: String) -> String? {
        switch object[key] {
        case nil, .null: return nil
        case .string(let text): return text
        default: break
        }
        note(.ignoredElement, "\"\(key)\" should be a string; ignored", key)
        return nil
    }

    private mutating func note(_ code: ParseDiagnosticCode, _ message: String, _ key: String) {
        diagnostics.append(ParseDiagnostic(code, .warning, message, element: key))
    }
}
