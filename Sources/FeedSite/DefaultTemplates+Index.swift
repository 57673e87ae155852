extension DefaultTemplates {
    /// The timeline: one section per local day, newest first, then the undated items.
    static let index = #"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        {{>head}}
        </head>
        <body>
        <header>
        <h1>{{#feed.home}}<a href="{{feed.home}}">{{feed.title}}</a>{{/feed.home}}{{^feed.home}}{{feed.title}}{{/feed.home}}</h1>
        {{#feed.subtitle}}
        <p>{{feed.subtitle}}</p>
        {{/feed.subtitle}}
        {{>subscribe}}
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
