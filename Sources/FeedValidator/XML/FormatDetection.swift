internal import FeedXML

/// Recognises the feed format from the root element and picks its rules.
enum FormatDetection {
    struct Choice {
        var format: String?
        var rules: (any FeedRules)?
    }

    static func choose(_ root: XMLElementStart, context: inout ValidationContext) -> Choice {
        let node = ElementNode(root, parentName: nil)
        switch (root.namespaceURI, root.localName) {
        case ("", "rss"): return rss(node, context: &context)
        case (Namespace.rdf, "RDF"): return Choice(format: "rss1", rules: RDFRules())
        case (Namespace.atom, "feed"): return Choice(format: "atom", rules: AtomRules(entryDocument: false))
        case (Namespace.atom, "entry"):
            return Choice(format: "atom-entry", rules: AtomRules(entryDocument: true))
        case (Namespace.atom03, "feed"):
            // Atom 0.3 is still read (its own rules below), but the W3C validator calls
            // the namespace an error, and so do we: readers are dropping it.
            context.report(.obsoleteNamespace, node, value: Namespace.atom03)
            context.report(.obsoleteVersion, node, value: "Atom 0.3")
            return Choice(format: "atom03", rules: Atom03Rules())
        case (let namespace, let name)
        where (name == "feed" || name == "entry")
            && (Namespace.atomDrafts.contains(namespace) || namespace == Namespace.atom03):
            context.report(.obsoleteNamespace, node, value: namespace)
            return Choice(format: nil, rules: nil)
        case ("", "feed"), ("", "entry"):
            context.report(.missingNamespace, node)
            return Choice(format: nil, rules: nil)
        case (_, "feed"), (_, "rss"), (_, "entry"):
            context.report(.invalidNamespace, node, value: root.namespaceURI)
            return Choice(format: nil, rules: nil)
        default:
            context.report(.unknownFeedFormat, node)
            return Choice(format: nil, rules: nil)
        }
    }

    private static func rss(_ node: ElementNode, context: inout ValidationContext) -> Choice {
        guard let version = node.attribute("version") else {
            context.report(.missingAttribute, node, value: "version")
            return Choice(format: "rss2", rules: RSSRules(version: .v20))
        }
        switch version.trimmingSpaces {
        case "2.0", "2.0.1", "2.00": return Choice(format: "rss2", rules: RSSRules(version: .v20))
        case "0.91": return Choice(format: "rss091", rules: RSSRules(version: .v091))
        case "0.92", "0.93", "0.94": return Choice(format: "rss092", rules: RSSRules(version: .v092))
        default:
            context.report(.invalidRSSVersion, node, value: version)
            return Choice(format: "rss2", rules: RSSRules(version: .v20))
        }
    }
}

extension String {
    var trimmingSpaces: String { ElementNode.trim(self) }
}
