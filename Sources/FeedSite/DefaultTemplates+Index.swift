extension DefaultTemplates {
    /// The timeline: one section per local day, newest first, then the undated items. A
    /// rubric page is the same timeline of the rubric's items, headed by the rubric's name.
    static let index = #"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        {{>head}}
        </head>
        <body>
        <header>
        {{#rubric}}
        <p><a href="{{indexURL}}">{{feed.title}}</a></p>
        <h1>{{rubric.name}}</h1>
        {{/rubric}}
        {{^rubric}}
        <h1>{{#feed.home}}<a href="{{feed.home}}">{{feed.title}}</a>{{/feed.home}}{{^feed.home}}{{feed.title}}{{/feed.home}}</h1>
        {{#feed.subtitle}}
        <p>{{feed.subtitle}}</p>
        {{/feed.subtitle}}
        {{/rubric}}
        {{>subscribe}}
        {{#rubric}}
        <p class="subscribe">{{strings.allNews}}: <a href="{{indexURL}}">{{feed.title}}</a> · <a href="{{rubric.mainFeeds.rss}}">RSS</a> · <a href="{{rubric.mainFeeds.atom}}">Atom</a> · <a href="{{rubric.mainFeeds.json}}">JSON Feed</a></p>
        {{/rubric}}
        </header>
        <main>
        {{#days}}
        <section id="{{anchor}}">
        <h2><time datetime="{{date}}">{{label}}</time></h2>
        <ol class="items">
        {{#items}}
        {{>item}}
        {{/items}}
        </ol>
        </section>
        {{/days}}
        {{#undated}}
        <section>
        <h2>{{strings.undated}}</h2>
        <ol class="items">
        {{#items}}
        {{>item}}
        {{/items}}
        </ol>
        </section>
        {{/undated}}
        {{#isEmpty}}
        <p>{{strings.empty}}</p>
        {{/isEmpty}}
        </main>
        </body>
        </html>

        """#
}
