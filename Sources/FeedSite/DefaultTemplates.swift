/// The built-in templates, compiled into the module so that a release binary needs no
/// resource bundle beside it. Each lives in its own `DefaultTemplates+Name.swift`.
enum DefaultTemplates {
    /// Every default template by the name pages and partials refer to it by.
    static let all: [String: String] = [
        "index": index,
        "article": article,
        "head": head,
        "item": item,
        "rubrics": rubrics,
        "subscribe": subscribe,
    ]
}
