extension RSSRules {
    static let channelSingletons = [
        "title", "link", "description", "language", "copyright", "managingEditor", "webMaster", "pubDate",
        "lastBuildDate", "generator", "docs", "cloud", "ttl", "image", "rating", "textInput", "skipHours",
        "skipDays",
    ]

    func checkChannel(_ channel: ElementNode, context: inout ValidationContext) {
        context.checkNoText(channel)
        checkRequired(channel, context: &context)
        context.checkDuplicates(channel, Self.channelSingletons, namespaceURI: "")
        checkChannelValues(channel, context: &context)
        checkSemantics(
            channel,
            pairs: [
                ("language", Namespace.dc, "dc:language"), ("pubDate", Namespace.dc, "dc:date"),
                ("copyright", Namespace.dc, "dc:rights"),
            ], code: .duplicateSemantics, context: &context)
        if version == .v20 {
            let selfLink = channel.children("link", Namespace.atom).contains { $0.attribute("rel") == "self" }
            if !selfLink { context.report(.missingAtomSelfLink, channel) }
            if channel.has("textInput", "") {
                context.report(.avoidTextInput, channel.child("textInput", "")!)
            }
        }
        if let image = channel.child("image", "") {
            checkImageMatches(image, channel: channel, context: &context)
        }
        if context.profile == .podcast {
            PodcastProfile.checkChannel(channel, languageReported: version == .v091, context: &context)
        }
    }

    private func checkRequired(_ channel: ElementNode, context: inout ValidationContext) {
        if !channel.has("title", "") { context.report(.missingTitle, channel, child: "title") }
        if !channel.has("link", "") { context.report(.missingLink, channel, child: "link") }
        if !channel.has("description", "") {
            context.report(.missingDescription, channel, child: "description")
        }
        if version == .v091 && !channel.has("language", "") {
            context.report(.missingElement, channel, child: "language")
        }
    }

    private func checkChannelValues(_ channel: ElementNode, context: inout ValidationContext) {
        for child in channel.children where child.namespaceURI.isEmpty {
            let value = child.trimmedText
            switch child.localName {
            case "title":
                if value.isEmpty { context.report(.notBlank, child) }
                context.checkPlainText(child)
            case "link", "docs": context.checkURL(value, child, full: true, iri: false)
            case "language": context.checkLanguage(value, child)
            case "managingEditor", "webMaster": checkContact(child, context: &context)
            case "pubDate", "lastBuildDate": context.checkRFC822(child)
            case "ttl":
                // Minutes a reader may cache the feed: 0 says nothing (the W3C validator wants a
                // positive integer); a negative value keeps its own code.
                context.checkNonNegativeInteger(child)
                if ValueCheck.integer(value) == 0 {
                    context.report(.invalidPositiveInteger, child, value: value)
                }
            case "copyright": context.checkPlainText(child)
            default: break
            }
        }
    }

    /// `DuplicateSemantics`: a core element and its Dublin Core twin both present.
    func checkSemantics(
        _ node: ElementNode, pairs: [(String, String, String)], code: ValidationCode,
        context: inout ValidationContext
    ) {
        for (core, namespace, name) in pairs {
            guard let element = node.child(core, ""),
                let twin = node.child(String(name.split(separator: ":")[1]), namespace)
            else { continue }
            context.report(code, twin, value: element.qualifiedName)
        }
    }

    /// `address (Real Name)` in managingEditor, webMaster and author.
    func checkContact(_ node: ElementNode, context: inout ValidationContext) {
        let value = node.trimmedText
        let contact = ValueCheck.rssContact(value)
        if !contact.valid {
            context.report(.invalidContact, node, value: value)
        } else if !contact.hasName {
            context.report(.missingRealName, node, value: value)
        }
    }

    func checkImage(_ image: ElementNode, context: inout ValidationContext) {
        context.checkNoText(image)
        for name in ["url", "title", "link"] where !image.has(name, "") {
            context.report(.missingElement, image, child: name)
        }
        context.checkDuplicates(
            image, ["url", "title", "link", "width", "height", "description"], namespaceURI: "")
        if let url = image.child("url", "") {
            context.checkURL(url.trimmedText, url, full: true, iri: false)
            let lower = url.trimmedText.lowercased().split(separator: "?").first.map(String.init) ?? ""
            if ![".gif", ".jpg", ".jpeg", ".png"].contains(where: { lower.hasSuffix($0) }) {
                context.report(.imageUrlFormat, url, value: url.trimmedText)
            }
        }
        if let link = image.child("link", "") {
            context.checkURL(link.trimmedText, link, full: true, iri: false)
        }
        checkDimension(image.child("width", ""), max: 144, code: .invalidWidth, context: &context)
        checkDimension(image.child("height", ""), max: 400, code: .invalidHeight, context: &context)
    }

    private func checkDimension(
        _ node: ElementNode?, max: Int, code: ValidationCode, context: inout ValidationContext
    ) {
        guard let node else { return }
        let value = node.trimmedText
        if let number = ValueCheck.integer(value), (1...max).contains(number) { return }
        context.report(code, node, value: value)
    }

    private func checkImageMatches(
        _ image: ElementNode, channel: ElementNode, context: inout ValidationContext
    ) {
        if let link = image.child("link", ""), let channelLink = channel.child("link", ""),
            link.trimmedText != channelLink.trimmedText
        {
            context.report(.imageLinkDoesntMatch, link, value: link.trimmedText)
        }
        if version == .v20, let title = image.child("title", ""),
            let channelTitle = channel.child("title", ""),
            title.trimmedText != channelTitle.trimmedText
        {
            context.report(.imageTitleDoesntMatch, title, value: title.trimmedText)
        }
    }

    func checkCloud(_ cloud: ElementNode, context: inout ValidationContext) {
        for name in ["domain", "port", "path", "registerProcedure", "protocol"]
        where cloud.attribute(name) == nil {
            context.report(.missingAttribute, cloud, value: name)
        }
        if let port = cloud.attribute("port"), (ValueCheck.integer(port) ?? 0) <= 0 {
            context.report(.invalidIntegerAttribute, cloud, value: port, detail: "port")
        }
        if let proto = cloud.attribute("protocol"), !["xml-rpc", "soap", "http-post"].contains(proto) {
            context.report(.invalidCloudProtocol, cloud, value: proto)
        }
    }
}
