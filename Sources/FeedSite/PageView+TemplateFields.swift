import Mustache

/// Lets templates read a view's fields from a table instead of by reflection.
///
/// Given a plain struct, swift-mustache builds a `Mirror` and scans every stored property for
/// each variable it prints; with a table the timeline of 2,000 items renders several times
/// faster, and pages are written on every build. The tables must name every stored property
/// (a test compares them with `Mirror`), since those names are the documented variables.
protocol TemplateFields: MustacheParent {
    static var fields: [String: @Sendable (Self) -> Any?] { get }
}

extension TemplateFields {
    func child(named name: String) -> Any? {
        Self.fields[name]?(self)
    }
}

extension PageView: TemplateFields {
    static let fields: [String: @Sendable (Self) -> Any?] = [
        "lang": { $0.lang }, "root": { $0.root }, "pageTitle": { $0.pageTitle }, "indexURL": { $0.indexURL },
        "feed": { $0.feed }, "feeds": { $0.feeds }, "feedsTitle": { $0.feedsTitle },
        "strings": { $0.strings }, "days": { $0.days },
        "undated": { $0.undated }, "isEmpty": { $0.isEmpty }, "entry": { $0.entry }, "rubric": { $0.rubric },
    ]
}

extension RubricView: TemplateFields {
    static let fields: [String: @Sendable (Self) -> Any?] = [
        "name": { $0.name }, "mainFeeds": { $0.mainFeeds },
    ]
}

extension RubricLinkView: TemplateFields {
    static let fields: [String: @Sendable (Self) -> Any?] = ["name": { $0.name }, "url": { $0.url }]
}

extension FeedView: TemplateFields {
    static let fields: [String: @Sendable (Self) -> Any?] = [
        "title": { $0.title }, "subtitle": { $0.subtitle }, "home": { $0.home },
    ]
}

extension FeedLinksView: TemplateFields {
    static let fields: [String: @Sendable (Self) -> Any?] = [
        "rss": { $0.rss }, "atom": { $0.atom }, "json": { $0.json }, "opml": { $0.opml },
    ]
}

extension DayView: TemplateFields {
    static let fields: [String: @Sendable (Self) -> Any?] = [
        "anchor": { $0.anchor }, "date": { $0.date }, "label": { $0.label }, "items": { $0.items },
    ]
}

extension GroupView: TemplateFields {
    static let fields: [String: @Sendable (Self) -> Any?] = ["items": { $0.items }]
}

extension ItemView: TemplateFields {
    static let fields: [String: @Sendable (Self) -> Any?] = [
        "id": { $0.id }, "anchor": { $0.anchor }, "title": { $0.title }, "url": { $0.url },
        "datetime": { $0.datetime }, "time": { $0.time }, "date": { $0.date }, "rubrics": { $0.rubrics },
        "rubricPages": { $0.rubricPages },
        "hasRubrics": { $0.hasRubrics }, "isPartner": { $0.isPartner }, "source": { $0.source },
        "backURL": { $0.backURL }, "contentHTML": { $0.contentHTML }, "paragraphs": { $0.paragraphs },
    ]
}

extension SourceView: TemplateFields {
    static let fields: [String: @Sendable (Self) -> Any?] = ["name": { $0.name }, "url": { $0.url }]
}

extension SiteStrings: TemplateFields {
    static let fields: [String: @Sendable (Self) -> Any?] = [
        "source": { $0.source }, "back": { $0.back }, "undated": { $0.undated }, "empty": { $0.empty },
        "subscribe": { $0.subscribe }, "untitled": { $0.untitled }, "rubric": { $0.rubric },
        "allNews": { $0.allNews },
        "sources": { $0.sources },
    ]
}
