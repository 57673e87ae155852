extension DefaultTemplates {
    /// The `<head>` content every page shares: charset, viewport, title, feed
    /// autodiscovery and a little style for reading.
    static let head = #"""
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{pageTitle}}</title>
        <link rel="alternate" type="application/rss+xml" title="{{feedsTitle}} (RSS)" href="{{feeds.rss}}">
        <link rel="alternate" type="application/atom+xml" title="{{feedsTitle}} (Atom)" href="{{feeds.atom}}">
        <link rel="alternate" type="application/feed+json" title="{{feedsTitle}} (JSON Feed)" href="{{feeds.json}}">
        {{#feeds.opml}}
        <link rel="outline" type="text/x-opml" title="{{strings.sources}}" href="{{feeds.opml}}">
        {{/feeds.opml}}
        <style>
        body { max-width: 42rem; margin: 0 auto; padding: 1rem; font: 1.05rem/1.55 system-ui, sans-serif; color: #1d1d1f; background: #fff; }
        a { color: #0645ad; }
        h1 { line-height: 1.25; }
        h2 { font-size: 1.1rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
        ol.items { list-style: none; padding: 0; }
        ol.items li { margin: 0.6rem 0; }
        time, .rubric, .source, .subscribe { color: #555; font-size: 0.9rem; }
        .rubric { margin-left: 0.4rem; padding: 0 0.3rem; border: 1px solid #ccc; border-radius: 0.2rem; }
        :target { background: #fff7cc; }
        </style>

        """#
}
