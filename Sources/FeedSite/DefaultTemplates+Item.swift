extension DefaultTemplates {
    /// One item on the timeline: time, title (a link when there is somewhere to go),
    /// rubrics, and for a partner item the credited source.
    static let item = #"""
        <li id="{{anchor}}">
        {{#datetime}}<time datetime="{{datetime}}">{{time}}</time>{{/datetime}}
        {{#url}}<a href="{{url}}">{{title}}</a>{{/url}}{{^url}}<span>{{title}}</span>{{/url}}
        {{>rubrics}}
        {{#source}}<span class="source">{{strings.source}}: {{#source.url}}<a href="{{source.url}}">{{source.name}}</a>{{/source.url}}{{^source.url}}{{source.name}}{{/source.url}}</span>{{/source}}
        </li>

        """#

    /// An entry's categories as small labels, each a link to its rubric page when
    /// `output.categories` is on; nothing when it has none.
    static let rubrics = #"""
        {{#hasRubrics}}<span class="rubrics" title="{{strings.rubric}}">{{#rubricPages}}<a class="rubric" href="{{url}}">{{name}}</a>{{/rubricPages}}{{^rubricPages}}{{#rubrics}}<span class="rubric">{{.}}</span>{{/rubrics}}{{/rubricPages}}</span>{{/hasRubrics}}
        """#

    /// Links to the three feeds for readers who subscribe by hand.
    static let subscribe = #"""
        <p class="subscribe">{{strings.subscribe}}: <a href="{{feeds.rss}}">RSS</a> · <a href="{{feeds.atom}}">Atom</a> · <a href="{{feeds.json}}">JSON Feed</a>{{#feeds.opml}} · <a href="{{feeds.opml}}" type="text/x-opml">{{strings.sources}}</a>{{/feeds.opml}}</p>

        """#
}
