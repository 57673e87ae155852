/// `media:title`, `media:description` and `media:text`: the `type` of their text, the HTML
/// in it, and the Normal Play Time offsets (RFC 2326, section 3.6) that place a transcript
/// line or a thumbnail on the media's timeline.
extension MediaRules {
    /// `plain` (the default) or `html`; plain text that holds markup is reported as
    /// undeclared HTML, HTML is checked for scripts like any other HTML field.
    static func checkTextType(_ node: ElementNode, context: inout ValidationContext) {
        switch node.attribute("type") ?? "plain" {
        case "plain": context.checkPlainText(node, code: .containsUndeclaredHTML)
        case "html": context.checkHTML(node.text, node, hasBase: node.hasBase)
        case let type: context.report(.invalidMediaTextType, node, value: type)
        }
    }

    /// A `media:text` line: its type, its `start` and `end` offsets, its language.
    static func checkTimedText(_ node: ElementNode, context: inout ValidationContext) {
        checkTextType(node, context: &context)
        for name in ["start", "end"] {
            if let time = node.attribute(name), !isNPTTime(time) {
                context.report(.invalidNPTTime, node, value: time, detail: name)
            }
        }
        checkLanguageAttribute(node, context: &context)
    }

    /// `now`, seconds (`12`, `12.5`), or hours, minutes and seconds (`1:02:03`,
    /// `12:05:01.123`), minutes and seconds below 60, as RFC 2326's `npt-time` has it.
    static func isNPTTime(_ value: String) -> Bool {
        if value == "now" { return true }
        let parts = value.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2 && !parts[1].allSatisfy(\.isASCIIDigit) { return false }
        let fields = parts[0].split(separator: ":", omittingEmptySubsequences: false)
        guard let hours = fields.first, !hours.isEmpty, hours.allSatisfy(\.isASCIIDigit) else { return false }
        switch fields.count {
        case 1: return true
        case 3: return isSexagesimal(fields[1]) && isSexagesimal(fields[2])
        default: return false
        }
    }

    /// One or two digits below 60: the minutes or seconds of a clock time.
    private static func isSexagesimal(_ field: Substring) -> Bool {
        (1...2).contains(field.count) && field.allSatisfy(\.isASCIIDigit) && Int(field)! < 60
    }
}
