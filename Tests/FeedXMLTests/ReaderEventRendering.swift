import FeedXML

/// The text form of an event stream used by the `Fixtures/reader/*.expected` files: one
/// line per event, then the diagnostics and the verdict.
///
/// ```
/// encoding UTF-8 declaration
/// start {urn:a}feed 3:1 attr {}lang="en"
/// text "Hello\n"
/// cdata "<b>"
/// end {urn:a}feed
/// diagnostic fatal 4:12 code=26
/// well-formed false
/// ```
///
/// Names are `{namespace-uri}local`; `{}` is no namespace. An empty-element tag adds
/// `empty`. Strings are quoted with `\n`, `\t`, `\r`, `\"`, `\\` and `\u{…}` (other
/// control characters and non-ASCII) escaped, so the files stay ASCII and diffable.
enum ReaderEventRendering {
    static func render(_ event: XMLEvent) -> String {
        switch event {
        case .startElement(let start):
            var line = "start \(name(start.namespaceURI, start.localName)) \(start.line):\(start.column)"
            if start.isEmpty { line += " empty" }
            if !start.prefix.isEmpty { line += " prefix=\(start.prefix)" }
            for attribute in start.attributes {
                line +=
                    " attr \(name(attribute.namespaceURI, attribute.localName))=\(quoted(attribute.value))"
            }
            return line
        case .endElement(let localName, let namespaceURI):
            return "end \(name(namespaceURI, localName))"
        case .text(let text, let isCDATA):
            return (isCDATA ? "cdata " : "text ") + quoted(text)
        case .comment(let text):
            return "comment " + quoted(text)
        case .processingInstruction(let target, let data):
            return "pi \(target) \(quoted(data))"
        case .doctype(let name, let publicID, let systemID):
            return
                "doctype \(name) public=\(publicID.map(quoted) ?? "-") system=\(systemID.map(quoted) ?? "-")"
        }
    }

    static func render(_ diagnostic: XMLReadDiagnostic) -> String {
        "diagnostic \(diagnostic.severity) \(diagnostic.line):\(diagnostic.column) code=\(diagnostic.code)"
    }

    /// `encoding NAME SOURCE`, every event, every diagnostic, then `well-formed true|false`.
    static func render(_ reader: XMLStreamReader) -> [String] {
        var lines = ["encoding \(reader.encoding.encoding) \(reader.encoding.source)"]
        while let event = reader.next() { lines.append(render(event)) }
        lines += reader.diagnostics.map(render)
        lines.append("well-formed \(reader.isWellFormed)")
        return lines
    }

    static func name(_ namespaceURI: String, _ localName: String) -> String {
        "{\(namespaceURI)}\(localName)"
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case " "..."~": out.unicodeScalars.append(scalar)
            default: out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
        }
        return out + "\""
    }
}
