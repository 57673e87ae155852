import FeedFormats
import FeedJSON
import FeedModel
import FeedXML

/// Optional feed-level fields a source gave only after its items: written after the items
/// in RSS and JSON Feed, so a streamed conversion keeps them. Only fields absent from the written header are
/// added, so none appears twice. Required fields (titles) are always in the header.
enum LateFields {
    static func json(written: Feed, final: Feed, context: WriteContext, to json: inout JSONWriter) {
        let late = JSONFeed(feed: final, context: context)
        let early = JSONFeed(feed: written, context: context)
        if early.homePageURL == nil { json.field("home_page_url", late.homePageURL) }
        if early.description == nil { json.field("description", late.description) }
        if early.language == nil { json.field("language", late.language) }
        if early.icon == nil { json.field("icon", late.icon) }
    }

    static func xml(
        format: FeedFormat, written: Feed, final: Feed, context: WriteContext, to writer: XMLWriter
    ) {
        switch format {
        case .rss:
            let late = RSSChannel(feed: final, context: context)
            let early = RSSChannel(feed: written, context: context)
            if early.link.isEmpty { writer.element("link", ifPresent: late.link) }
            if early.lastBuildDate == nil { writer.element("lastBuildDate", ifPresent: late.lastBuildDate) }
            if early.language == nil { writer.element("language", ifPresent: late.language) }
        case .atom, .json:
            // Atom's schema puts the feed's metadata before its entries (validators report
            // `MisplacedMetadata`), so a subtitle that came only after the items is left out.
            break
        }
    }
}
