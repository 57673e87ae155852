/// What an `itunes:` element's siblings and parent decide: where it may stand, how often,
/// and what an owner must contain.
extension ITunesRules {
    /// Elements that describe one episode: on the show they mean nothing (Apple ignores
    /// an `itunes:duration` on the channel).
    static let episodeOnly: Set<String> = [
        "duration", "episode", "season", "episodeType", "order", "isClosedCaptioned",
    ]
    /// Elements that describe the whole show.
    static let showOnly: Set<String> = ["category", "owner", "type", "new-feed-url", "complete"]
    /// Elements Apple reads once: a second one is ignored or, worse, read instead.
    static let singletons = [
        "author", "block", "complete", "explicit", "image", "keywords", "new-feed-url", "owner", "subtitle",
        "summary", "title", "type", "duration", "episode", "season", "episodeType",
    ]

    /// `UndefinedElement`, as the W3C validator has it: an episode's element on the show,
    /// or a show's element in an episode. Elsewhere (an owner's children, subcategories)
    /// placement is not judged here.
    static func isMisplaced(_ node: ElementNode, in parent: ElementNode?) -> Bool {
        switch parent?.localName {
        case "channel", "feed": episodeOnly.contains(node.localName)
        case "item", "entry": showOnly.contains(node.localName)
        default: false
        }
    }

    /// `DuplicateElement` for a second copy of a single-valued `itunes:` element in a
    /// channel, item, feed or entry. Called for every element that ends, so the common
    /// case (any other element, or one without iTunes children) returns at once.
    static func checkSingletons(_ parent: ElementNode, context: inout ValidationContext) {
        switch parent.localName {
        case "channel", "item", "feed", "entry": break
        default: return
        }
        guard parent.children.contains(where: { $0.namespaceURI == Namespace.itunes }) else { return }
        context.checkDuplicates(parent, singletons, namespaceURI: Namespace.itunes)
    }

    /// An owner holds one `itunes:email` (Apple's contact for the show) and at most one
    /// `itunes:name`.
    static func checkOwner(_ owner: ElementNode, context: inout ValidationContext) {
        if !owner.has("email", Namespace.itunes) {
            context.report(.missingElement, owner, child: "itunes:email")
        }
        context.checkDuplicates(owner, ["email", "name"], namespaceURI: Namespace.itunes)
    }
}
