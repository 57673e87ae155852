internal import FeedJSON
internal import Foundation

extension JSONMembers {
    static let itemMembers: Set<String> = [
        "id", "url", "external_url", "title", "content_html", "content_text", "summary", "image",
        "banner_image",
        "date_published", "date_modified", "author", "authors", "tags", "language", "attachments",
    ]

    mutating func checkItem(_ item: JSONObject, path: String) {
        for key in item.keys.sorted() where !key.hasPrefix("_") && !Self.itemMembers.contains(key) {
            report(.unknownJSONMember, path + "." + key)
        }
        checkID(item, path: path)
        for key in ["url", "external_url", "image", "banner_image"] {
            if let url = string(item, key, path: path + "." + key) { checkURL(url, path + "." + key) }
        }
        if let title = string(item, "title", path: path + ".title"), let tag = HTMLCheck.firstTag(in: title) {
            report(.containsHTML, path + ".title", detail: tag)
        }
        let html = string(item, "content_html", path: path + ".content_html")
        let text = string(item, "content_text", path: path + ".content_text")
        if html == nil && text == nil { report(.missingItemContent, path) }
        if let html {
            for (code, what) in HTMLCheck.risks(in: html) {
                report(code, path + ".content_html", value: what)
            }
        }
        _ = string(item, "summary", path: path + ".summary")
        for key in ["date_published", "date_modified"] {
            if let date = string(item, key, path: path + "." + key) { checkDate(date, path + "." + key) }
        }
        if let language = string(item, "language", path: path + ".language"), !ValueCheck.isLanguage(language)
        {
            report(.invalidLanguage, path + ".language", value: language)
        }
        if let tags = item["tags"], tags.array?.allSatisfy({ $0.string != nil }) != true {
            report(.invalidJSONType, path + ".tags", detail: "an array of strings")
        }
        checkAuthors(item, path: path)
        checkAttachments(item, path: path)
    }

    private mutating func checkID(_ item: JSONObject, path: String) {
        guard let id = item["id"] else { return report(.missingElement, path + ".id") }
        guard let text = id.string else {
            return report(.invalidJSONType, path + ".id", detail: "a string (JSON Feed 1.1)")
        }
        if text.isEmpty { return report(.notBlank, path + ".id") }
        context.idCount += 1
        if !context.seenIDs.insert(text).inserted { report(.duplicateValue, path + ".id", value: text) }
    }

    private mutating func checkDate(_ text: String, _ path: String) {
        let result = RFC3339Check.check(text)
        for finding in result.findings {
            report(finding.code, path, value: text, detail: finding.detail.isEmpty ? text : finding.detail)
        }
        guard let date = result.date else { return }
        if date.timeIntervalSince1970 < 631_152_000 {
            report(.implausibleDate, path, value: text)
        } else if path.hasSuffix("date_published") || path.hasSuffix("date_modified"),
            date.timeIntervalSince(context.now) > 86_400
        {
            report(.futureDate, path, value: text)
        }
    }

    /// `authors` (1.1) is an array of objects with a name, url or avatar; `author` (1.0)
    /// is deprecated in 1.1.
    mutating func checkAuthors(_ object: JSONObject, path: String?) {
        let prefix = path.map { $0 + "." } ?? ""
        if object.contains("author") && version11 {
            report(.deprecatedJSONMember, prefix + "author", detail: "authors")
        }
        var authors: [(JSONValue, String)] = []
        if let single = object["author"] { authors.append((single, prefix + "author")) }
        if let list = object["authors"] {
            guard let array = list.array else {
                return report(.invalidJSONType, prefix + "authors", detail: "an array")
            }
            authors += array.enumerated().map { ($1, prefix + "authors[\($0)]") }
        }
        for (author, authorPath) in authors {
            guard let fields = author.object else {
                report(.invalidJSONType, authorPath, detail: "an object")
                continue
            }
            if !fields.contains("name") && !fields.contains("url") && !fields.contains("avatar") {
                report(.missingElement, authorPath + ".name")
            }
            _ = string(fields, "name", path: authorPath + ".name")
            for key in ["url", "avatar"] {
                if let url = string(fields, key, path: authorPath + "." + key) {
                    checkURL(url, authorPath + "." + key)
                }
            }
        }
    }

    private mutating func checkAttachments(_ item: JSONObject, path: String) {
        guard let value = item["attachments"] else { return }
        guard let list = value.array else {
            return report(.invalidJSONType, path + ".attachments", detail: "an array")
        }
        for (index, entry) in list.enumerated() {
            let entryPath = path + ".attachments[\(index)]"
            guard let attachment = entry.object else {
                report(.invalidJSONType, entryPath, detail: "an object")
                continue
            }
            if let url = string(attachment, "url", path: entryPath + ".url") {
                checkURL(url, entryPath + ".url")
            } else if !attachment.contains("url") {
                report(.missingElement, entryPath + ".url")
            }
            if let type = string(attachment, "mime_type", path: entryPath + ".mime_type") {
                if !ValueCheck.isMIMEType(type) {
                    report(.invalidMIMEType, entryPath + ".mime_type", value: type)
                }
            } else if !attachment.contains("mime_type") {
                report(.missingElement, entryPath + ".mime_type")
            }
            for key in ["size_in_bytes", "duration_in_seconds"] {
                if let number = attachment[key], (number.number ?? -1) < 0 {
                    report(.invalidNonNegativeInteger, entryPath + "." + key, value: number.shortDescription)
                }
            }
        }
    }
}
