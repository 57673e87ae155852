/// Dublin Core (`dc:`) and DCMI Terms (`dcterms:`): dates in W3CDTF, languages, and the
/// DCMI Period that `available`, `temporal` and `valid` may hold instead of a date.
extension ExtensionRules {
    static func checkDublinCore(_ node: ElementNode, context: inout ValidationContext) {
        switch node.localName {
        case "date", "created", "modified", "issued", "dateSubmitted", "dateAccepted":
            context.checkW3CDTF(node)
        case "available" where node.children.isEmpty:
            if DCMIPeriod.looksLikePeriod(node.text) {
                checkPeriod(node, context: &context)
            } else {
                context.checkW3CDTF(node)
            }
        case "valid" where node.children.isEmpty:
            // A date of validity is often in the future: its syntax is checked, not its time.
            if DCMIPeriod.looksLikePeriod(node.text) {
                checkPeriod(node, context: &context)
            } else {
                reportDateSyntax(node.trimmedText, node, context: &context)
            }
        case "temporal" where node.children.isEmpty:
            // Free text ("the Jurassic") unless it is written as a period.
            if DCMIPeriod.looksLikePeriod(node.text) { checkPeriod(node, context: &context) }
        case "language": context.checkLanguage(node.trimmedText, node)
        case "title": context.checkPlainText(node)
        default: break
        }
    }

    /// The period's syntax, its start and end as W3CDTF dates (unless another scheme is
    /// named), and their order. Historical and future periods are both fine: no
    /// plausibility check.
    private static func checkPeriod(_ node: ElementNode, context: inout ValidationContext) {
        let period: DCMIPeriod
        switch DCMIPeriod.parse(node.trimmedText) {
        case .success(let parsed): period = parsed
        case .failure(let error): return context.report(.invalidDCMIPeriod, node, detail: error.detail)
        }
        guard period.datesAreW3CDTF else { return }
        var instants: [Double] = []
        for case let date? in [period.start, period.end] {
            let result = RFC3339Check.checkW3CDTF(date)
            reportDateSyntax(date, node, result: result, context: &context)
            if let instant = result.date { instants.append(instant.timeIntervalSince1970) }
        }
        if let start = period.start, let end = period.end, instants.count == 2, instants[0] > instants[1] {
            context.report(.invalidDCMIPeriod, node, detail: "start \(start) is after end \(end)")
        }
    }

    private static func reportDateSyntax(
        _ date: String, _ node: ElementNode, result: DateCheckResult? = nil, context: inout ValidationContext
    ) {
        for finding in (result ?? RFC3339Check.checkW3CDTF(date)).findings {
            context.report(
                finding.code, node, value: date, detail: finding.detail.isEmpty ? date : finding.detail)
        }
    }
}
