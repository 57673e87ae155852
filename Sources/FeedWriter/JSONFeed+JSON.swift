public import FeedFormats
import FeedJSON

extension JSONFeed {
    /// The feed serialised as JSON Feed 1.1: UTF-8, two-space indentation, members in the
    /// order the specification lists them, empty optional arrays omitted.
    public func jsonBytes() -> [UInt8] {
        jsonBytes(history: nil)
    }

    /// The document with its RFC 5005 links, if any, in the ``HistoryLinks/jsonExtensionKey``
    /// extension object before `items`.
    func jsonBytes(history: HistoryLinks?) -> [UInt8] {
        var json = JSONWriter()
        json.beginObject()
        writeHeader(to: &json)
        if let history { json.history(history) }
        json.key("items")
        json.array { json in
            for item in items {
                json.element()
                item.write(to: &json)
            }
        }
        json.endObject()
        var bytes = json.bytes
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// The members before `items`.
    func writeHeader(to json: inout JSONWriter) {
        json.field("version", version)
        json.field("title", title)
        json.field("home_page_url", homePageURL)
        json.field("feed_url", feedURL)
        json.field("description", description)
        json.field("user_comment", userComment)
        json.field("icon", icon)
        json.field("favicon", favicon)
        json.authors(authors)
        json.field("language", language)
        json.hubs(hubs)
    }
}

extension JSONFeedItem {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.field("id", id)
            json.field("url", url)
            json.field("external_url", externalURL)
            json.field("title", title)
            json.field("content_html", contentHTML)
            json.field("content_text", contentText)
            json.field("summary", summary)
            json.field("image", image)
            json.field("date_published", datePublished)
            json.field("date_modified", dateModified)
            json.authors(authors)
            json.strings("tags", tags)
            json.field("language", language)
            json.attachments(attachments)
            if let origin {
                json.key("_feedwright")
                json.object { json in
                    json.field("source_name", origin.sourceName)
                    json.field("source_feed_url", origin.sourceFeedURL)
                    json.field("source_home_page_url", origin.sourceHomePageURL)
                }
            }
        }
    }
}

/// The feed's field rules on top of the shared writer: absent and blank values are left
/// out, never written as `""` or `null`.
extension JSONWriter {
    /// Writes `"key": "value"`; an absent or blank value is left out, never written `""`.
    mutating func field(_ key: StaticString, _ value: String?) {
        guard let value = value.nonBlank else { return }
        self.key(key)
        string(value)
    }

    mutating func field(_ key: StaticString, _ value: Int64?) {
        guard let value else { return }
        self.key(key)
        integer(value)
    }

    mutating func field(_ key: StaticString, _ value: Double?) {
        guard let value else { return }
        self.key(key)
        double(value)
    }

    mutating func authors(_ authors: [JSONFeedAuthor]) {
        guard !authors.isEmpty else { return }
        key("authors")
        array { json in
            for author in authors {
                json.element()
                json.object { json in
                    json.field("name", author.name)
                    json.field("url", author.url)
                    json.field("avatar", author.avatar)
                }
            }
        }
    }

    mutating func hubs(_ hubs: [JSONFeedHub]) {
        guard !hubs.isEmpty else { return }
        key("hubs")
        array { json in
            for hub in hubs {
                json.element()
                json.object { json in
                    json.field("type", hub.type)
                    json.field("url", hub.url)
                }
            }
        }
    }

    /// `"_rfc5005": {"archive": true, "current": …, "prev-archive": …, "next-archive": …}`;
    /// `archive` only on an archive page.
    mutating func history(_ history: HistoryLinks) {
        key(HistoryLinks.jsonExtensionKey)
        object { json in
            if history.isArchive {
                json.key("archive")
                json.bool(true)
            }
            for (rel, href) in history.relations {
                json.key(rel)
                json.string(URIText.iri(href))
            }
        }
    }

    mutating func strings(_ key: StaticString, _ values: [String]) {
        guard !values.isEmpty else { return }
        self.key(key)
        array { json in
            for value in values {
                json.element()
                json.string(value)
            }
        }
    }

    mutating func attachments(_ attachments: [JSONFeedAttachment]) {
        guard !attachments.isEmpty else { return }
        key("attachments")
        array { json in
            for attachment in attachments {
                json.element()
                json.object { json in
                    json.field("url", attachment.url)
                    json.field("mime_type", attachment.mimeType)
                    json.field("title", attachment.title)
                    json.field("size_in_bytes", attachment.sizeInBytes)
                    json.field("duration_in_seconds", attachment.durationInSeconds)
                }
            }
        }
    }
}
