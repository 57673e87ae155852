import FeedFormats
import FeedXML
import Foundation

/// Decodes RSS 0.9x, 1.0 and 2.0 subtrees into the RSS tree. Core elements are matched
/// in the version's own namespace; extension elements by their namespace URI.
struct RSSDecoder {
    private let format: FeedSourceFormat
    private let isRDF: Bool
    var channel: RSSChannel
    var diagnostics: [ParseDiagnostic] = []
    /// Receives each item as soon as it is decoded, with the channel read so far.
    private let onItem: (RSSItem, RSSChannel) -> Void

    init(version format: FeedSourceFormat, onItem: @escaping (RSSItem, RSSChannel) -> Void) {
        self.onItem = onItem
        self.format = format
        isRDF = format == .rss10
        channel = RSSChannel(version: RSSDecoder.versionText(format), title: "", link: "", description: "")
    }

    /// The version the root element says; RSS 0.91 is Netscape's when its DOCTYPE says so.
    static func version(of root: XMLElementStart, doctype: String?) -> FeedSourceFormat {
        switch root.attribute("version")?.trimmed {
        case "0.91": doctype?.contains("Netscape") == true ? .rss091Netscape : .rss091UserLand
        case "0.92": .rss092
        case "0.93": .rss093
        case "0.94": .rss094
        default: .rss20
        }
    }

    /// A child of `channel` (or of the root, for items outside their channel).
    mutating func add(_ node: XMLNode) {
        if isCore(node, "item") {
            emitItem(node)
        } else {
            channelElement(node)
        }
    }

    /// A child of `rdf:RDF`: the channel, items, image and text input are siblings there.
    mutating func addRDF(_ node: XMLNode) {
        if node.localName == "channel" && [Namespace.rss10, Namespace.rss090].contains(node.namespaceURI) {
            if node.namespaceURI == Namespace.rss090 { channel.version = "0.90" }
            // Items belong beside the channel in RDF, but some publishers nest them inside.
            for child in node.elements {
                if isCore(child, "item") { emitItem(child) } else { channelElement(child) }
            }
        } else if isCore(node, "item") {
            emitItem(node)
        } else {
            channelElement(node)
        }
    }

    /// Decodes an item and hands it on, then any item nested inside it: a publisher's
    /// template that never closed its `<item>` nests the next one, and feedparser reads it
    /// as an item of its own.
    private mutating func emitItem(_ node: XMLNode) {
        onItem(item(node), channel)
        guard node.hasElementChildren else { return }
        for child in node.elements where isCore(child, "item") { emitItem(child) }
    }

    func result() -> DecodedXML {
        let format = channel.version == "0.90" ? .rss090 : self.format
        return DecodedXML(tree: .rss(channel), format: format, isWellFormed: true, diagnostics: diagnostics)
    }

    func isCore(_ node: XMLNode, _ name: String) -> Bool {
        node.localName == name && isCore(node)
    }

    /// Core elements are in no namespace (RSS 0.9x/2.0) or in RSS 1.0's or 0.90's.
    func isCore(_ node: XMLNode) -> Bool {
        isRDF
            ? node.namespaceURI == Namespace.rss10 || node.namespaceURI == Namespace.rss090
            : Namespace.isRSS2(node.namespaceURI)
    }

    private static func versionText(_ format: FeedSourceFormat) -> String {
        switch format {
        case .rss090: "0.90"
        case .rss091Netscape, .rss091UserLand: "0.91"
        case .rss092: "0.92"
        case .rss093: "0.93"
        case .rss094: "0.94"
        case .rss10: "1.0"
        default: "2.0"
        }
    }

    mutating func note(_ code: ParseDiagnosticCode, _ message: String, _ node: XMLNode) {
        diagnostics.append(
            ParseDiagnostic(
                code, .warning, message, line: node.line, column: node.column, element: node.localName))
    }
}
