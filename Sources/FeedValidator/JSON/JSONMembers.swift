internal import FeedJSON

/// The member rules of JSON Feed, one function per object kind.
struct JSONMembers {
    var context: ValidationContext
    var version11 = true

    mutating func report(_ code: ValidationCode, _ path: String, value: String? = nil, detail: String? = nil)
    {
        context.report(code, line: nil, column: nil, element: path, value: value, detail: detail)
    }

    mutating func checkFeed(_ feed: JSONObject) {
        guard let version = feed["version"]?.string, JSONFeedValidator.versions.contains(version) else {
            report(.invalidJSONFeedVersion, "version", value: feed["version"]?.shortDescription ?? "")
            return
        }
        version11 = version.hasSuffix("1.1")
        for key in feed.keys.sorted()
        where !key.hasPrefix("_") && !JSONFeedValidator.feedMembers.contains(key) {
            report(.unknownJSONMember, key)
        }
        if let title = string(feed, "title", path: "title") {
            if HTMLCheck.firstTag(in: title) != nil {
                report(.containsHTML, "title", detail: HTMLCheck.firstTag(in: title))
            }
        } else if !feed.contains("title") {
            report(.missingTitle, "title")
        }
        for key in ["home_page_url", "feed_url", "next_url", "icon", "favicon"] {
            if let url = string(feed, key, path: key) { checkURL(url, key) }
        }
        checkFeedURL(feed)
        _ = string(feed, "description", path: "description")
        if let language = string(feed, "language", path: "language"), !ValueCheck.isLanguage(language) {
            report(.invalidLanguage, "language", value: language)
        }
        if let expired = feed["expired"], expired.bool == nil {
            report(.invalidJSONType, "expired", detail: "true or false")
        }
        checkAuthors(feed, path: nil)
        guard let items = feed["items"] else { return report(.missingElement, "items") }
        guard let list = items.array else { return report(.invalidJSONType, "items", detail: "an array") }
        for (index, item) in list.enumerated() {
            let path = "items[\(index)]"
            guard let object = item.object else {
                report(.invalidJSONType, path, detail: "an object")
                continue
            }
            checkItem(object, path: path)
        }
    }

    private mutating func checkFeedURL(_ feed: JSONObject) {
        guard let url = feed["feed_url"]?.string else {
            if !feed.contains("feed_url") { report(.missingRecommendedElement, "feed_url") }
            return
        }
        if let documentURL = context.documentURL, URLCheck.scheme(of: documentURL) != nil, url != documentURL
        {
            report(.selfDoesntMatchLocation, "feed_url", value: url)
        }
    }

    /// The value at `key` as a string; reports `InvalidJSONType` when it is something else.
    mutating func string(_ object: JSONObject, _ key: String, path: String) -> String? {
        guard let value = object[key] else { return nil }
        guard let text = value.string else {
            report(.invalidJSONType, path, detail: "a string")
            return nil
        }
        return text
    }

    mutating func checkURL(_ url: String, _ path: String) {
        switch URLCheck.check(url, full: false, iri: true) {
        case nil: break
        case .invalidCharacter: report(.invalidUriChar, path, value: url)
        case .unregisteredScheme: report(.schemeNotIANARegistered, path, value: url)
        case .nonCanonical: report(.nonCanonicalURI, path, value: url)
        case .invalid, .iri: report(.invalidLink, path, value: url)
        case .relative: report(.invalidFullLink, path, value: url)
        }
    }
}
