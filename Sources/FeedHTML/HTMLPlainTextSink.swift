import FeedXML

/// Collects the text of a fragment for ``HTMLSanitizer/plainText(_:)``.
final class HTMLPlainTextSink: HTMLEventSink {
    private enum Role: Int {
        case dropped, block, cell, lineBreak
    }

    private static let roles: HTMLNameTable = {
        var entries: [(name: String, value: Int)] = []
        for rule in HTMLSanitizer.defaultCompiled.rules where !rule.keeps && !rule.isVoid {
            entries.append((rule.name, Role.dropped.rawValue))
        }
        let blocks = [
            "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
        ]
        entries += blocks.map { ($0, Role.block.rawValue) }
        entries += [("td", Role.cell.rawValue), ("th", Role.cell.rawValue), ("br", Role.lineBreak.rawValue)]
        return HTMLNameTable(entries)
    }()

    private var out: [UInt8] = []
    /// Depth of the dropped element being skipped, or 0.
    private var skipDepth = 0
    private var pendingSpace = false
    private var pendingBreak = false
    private var pendingCR = false
    private var scratch: [UInt8] = []

    init(capacity: Int) {
        out.reserveCapacity(capacity)
    }

    func finish() -> String {
        out.withUnsafeBufferPointer { String(decodingUTF8: $0) }
    }

    private func role(_ name: UnsafePointer<UInt8>) -> Role? {
        Self.roles.value(for: HTMLName(cString: name), cString: name).flatMap(Role.init(rawValue:))
    }

    override func startElement(
        _ name: UnsafePointer<UInt8>, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?, depth: Int
    ) {
        if skipDepth > 0 {
            if depth > skipDepth { return }
            skipDepth = 0
        }
        switch role(name) {
        case .dropped?: skipDepth = depth
        case .block?, .lineBreak?: pendingBreak = true
        case .cell?: pendingSpace = true
        case nil: break
        }
    }

    override func endElement(_ name: UnsafePointer<UInt8>, depth: Int) {
        if skipDepth > 0 {
            if depth <= skipDepth { skipDepth = 0 }
            return
        }
        switch role(name) {
        case .block?: pendingBreak = true
        case .cell?: pendingSpace = true
        default: break
        }
    }

    override func characters(_ text: UnsafeBufferPointer<UInt8>, depth: Int) {
        if skipDepth > 0 {
            if depth >= skipDepth { return }
            skipDepth = 0
        }
        append(text)
    }

    override func comment(depth: Int) {}

    override func processingInstruction(depth: Int) {}

    private func append(_ text: UnsafeBufferPointer<UInt8>) {
        // The same character clean-up as sanitised output, without escaping.
        scratch.removeAll(keepingCapacity: true)
        HTMLEscaping.append(text, to: &scratch, mode: .raw, pendingCR: &pendingCR)
        for byte in scratch {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C {
                pendingSpace = true
                continue
            }
            if !out.isEmpty {
                if pendingBreak {
                    out.append(0x0A)
                } else if pendingSpace {
                    out.append(0x20)
                }
            }
            pendingBreak = false
            pendingSpace = false
            out.append(byte)
        }
    }
}
