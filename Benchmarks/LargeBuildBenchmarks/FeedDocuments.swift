/// A generated publisher's feed as RSS 2.0.
struct RSSDocument {
    let corpus: SourceCorpus
    let publisher: PartnerProfile

    func write(items sequences: [Int], to text: inout FeedText) {
        text.append(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
            <title>Partner \(publisher.index)</title>
            <link>https://\(publisher.host)/</link>
            <description>News from partner \(publisher.index)</description>
            <language>\(publisher.russian ? "ru" : "en")</language>

            """)
        for sequence in sequences { item(sequence, to: &text) }
        text.append("</channel>\n</rss>\n")
    }

    private func item(_ sequence: Int, to text: inout FeedText) {
        let story = publisher.story(of: sequence)
        let link = "https://\(publisher.host)/news/\(sequence).html"
        text.append("<item>\n<title>\(Headlines.title(of: story, corpus: corpus))</title>\n")
        text.append("<link>\(link)</link>\n<guid>\(link)</guid>\n<pubDate>")
        text.appendRFC822(story.instant, moscow: publisher.russian)
        text.append("</pubDate>\n")
        text.append(
            "<dc:creator>\(Headlines.author(publisher: publisher.index, sequence: sequence, corpus: corpus))</dc:creator>\n"
        )
        text.append("<category>\(Headlines.category(of: story, corpus: corpus))</category>\n")
        text.append("<description>\(Headlines.summary(of: story, corpus: corpus))</description>\n</item>\n")
    }
}

/// A generated publisher's feed as Atom 1.0.
struct AtomDocument {
    let corpus: SourceCorpus
    let publisher: PartnerProfile

    func write(items sequences: [Int], to text: inout FeedText) {
        text.append(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(publisher.russian ? "ru" : "en")">
            <title>Partner \(publisher.index)</title>
            <id>https://\(publisher.host)/</id>
            <link href="https://\(publisher.host)/"/>
            <updated>
            """)
        text.appendRFC3339(publisher.instant(of: sequences.first ?? 0), moscow: false)
        text.append("</updated>\n")
        for sequence in sequences { entry(sequence, to: &text) }
        text.append("</feed>\n")
    }

    private func entry(_ sequence: Int, to text: inout FeedText) {
        let story = publisher.story(of: sequence)
        text.append("<entry>\n<title type=\"html\">\(Headlines.title(of: story, corpus: corpus))</title>\n")
        text.append("<id>tag:\(publisher.host),2025:\(sequence)</id>\n")
        text.append("<link href=\"https://\(publisher.host)/news/\(sequence).html\"/>\n<published>")
        text.appendRFC3339(story.instant, moscow: publisher.russian)
        text.append("</published>\n<updated>")
        text.appendRFC3339(story.instant, moscow: publisher.russian)
        text.append("</updated>\n")
        text.append(
            "<author><name>\(Headlines.author(publisher: publisher.index, sequence: sequence, corpus: corpus))</name></author>\n"
        )
        text.append("<category term=\"\(Headlines.category(of: story, corpus: corpus))\"/>\n")
        text.append(
            "<summary type=\"html\">\(Headlines.summary(of: story, corpus: corpus))</summary>\n</entry>\n")
    }
}
