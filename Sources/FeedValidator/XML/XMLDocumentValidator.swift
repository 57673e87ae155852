internal import FeedXML

/// Streams an XML document through the format's rules: builds one element at a time,
/// checks it when it ends, and keeps only what later checks need (see ``ElementNode``).
struct XMLDocumentValidator {
    private var stack: [ElementNode] = []
    private var rules: (any FeedRules)?
    private var format: String?
    /// The root is no feed: only well-formedness is still checked.
    private var skipping = false
    private var items = 0
    /// More than the context's `maxItems` items were seen: the rest is not read.
    private var stopped = false

    /// Runs the reader to the end, or to the item past the context's `maxItems`; returns the
    /// format recognised.
    static func run(_ reader: XMLStreamReader, context: inout ValidationContext) -> String? {
        var validator = XMLDocumentValidator()
        while !validator.stopped, let event = reader.next() {
            validator.handle(event, context: &context)
        }
        return validator.format
    }

    private mutating func handle(_ event: XMLEvent, context: inout ValidationContext) {
        switch event {
        case .startElement(let start): startElement(start, context: &context)
        case .endElement: endElement(context: &context)
        case .text(let text, _): appendText(text)
        case .doctype(_, let publicID, let systemID): checkDoctype(publicID, systemID, context: &context)
        case .comment, .processingInstruction: break
        }
    }

    private mutating func startElement(_ start: XMLElementStart, context: inout ValidationContext) {
        if stack.isEmpty && rules == nil && !skipping {
            let choice = FormatDetection.choose(start, context: &context)
            format = choice.format
            rules = choice.rules
            skipping = choice.rules == nil
        }
        guard !skipping else { return }
        let node = ElementNode(start, parentName: stack.last?.qualifiedName)
        rules?.started(node, ancestors: stack, context: &context)
        stack.append(node)
    }

    private mutating func endElement(context: inout ValidationContext) {
        guard !skipping, let node = stack.popLast() else { return }
        ExtensionRules.check(node, parent: stack.last, context: &context)
        rules?.ended(node, ancestors: stack, context: &context)
        guard !stack.isEmpty else { return }
        if rules?.isCollectionMember(node) == true {
            stack[stack.count - 1].droppedChildren += 1
            items += 1
            if items > context.maxItems { stop(at: node, context: &context) }
        } else {
            stack[stack.count - 1].children.append(node)
        }
    }

    private mutating func stop(at node: ElementNode, context: inout ValidationContext) {
        stopped = true
        let detail = "checking stopped at this one, the rest of the document was not checked"
        context.report(.itemLimit, node, value: String(context.maxItems), detail: detail)
    }

    /// Whitespace between child elements is not kept: a channel with 100,000 items would
    /// otherwise hold 100,000 indentations.
    private mutating func appendText(_ text: String) {
        guard !skipping, !stack.isEmpty else { return }
        let top = stack.count - 1
        if stack[top].children.isEmpty && stack[top].droppedChildren == 0 || !text.trimmingSpaces.isEmpty {
            stack[top].text += text
        }
    }

    private func checkDoctype(_ publicID: String?, _ systemID: String?, context: inout ValidationContext) {
        let netscape = "my.netscape.com/publish/formats/rss-0.91.dtd"
        if systemID?.contains(netscape) == true || publicID?.contains("Netscape RSS 0.91") == true {
            context.report(.deprecatedDTD, line: nil, column: nil, element: "DOCTYPE")
        }
    }
}

/// The rules of one feed format, called as the document streams past.
protocol FeedRules {
    /// An element started; `ancestors` are the open elements, root first. For placement
    /// checks that depend on order (metadata after entries, items outside the channel).
    mutating func started(_ node: ElementNode, ancestors: [ElementNode], context: inout ValidationContext)
    /// An element ended, with all its children (except dropped items).
    mutating func ended(_ node: ElementNode, ancestors: [ElementNode], context: inout ValidationContext)
    /// Whether `node` is an item or entry, dropped from its parent once checked.
    func isCollectionMember(_ node: ElementNode) -> Bool
}

extension FeedRules {
    mutating func started(_ node: ElementNode, ancestors: [ElementNode], context: inout ValidationContext) {}
}
