extension DefaultTemplates {
    /// One own article: title, rubrics, local date and time, the full text, and the way
    /// back to its day on the timeline.
    static let article = #"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        {{>head}}
        </head>
        <body>
        <header>
        <p><a href="{{indexURL}}">{{feed.title}}</a></p>
        </header>
        <main>
        {{#entry}}
        <article>
        <h1>{{title}}</h1>
        <p>{{#datetime}}<time datetime="{{datetime}}">{{date}}, {{time}}</time>{{/datetime}}
        {{>rubrics}}</p>
        {{#contentHTML}}
        {{{contentHTML}}}
        {{/contentHTML}}
        {{#paragraphs}}
        <p>{{.}}</p>
        {{/paragraphs}}
        </article>
        <p><a href="{{backURL}}">{{strings.back}}</a></p>
        {{/entry}}
        </main>
        </body>
        </html>

        """#
}
