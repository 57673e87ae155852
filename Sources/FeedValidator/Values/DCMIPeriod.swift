/// A DCMI Period (dublincore.org's "DCMI Period Encoding Scheme"): labelled components
/// separated by semicolons, `name=Summer 2025; start=2025-06-01; end=2025-09-30;
/// scheme=W3C-DTF`, any of them optional. Dublin Core's `available`, `temporal` and
/// `valid` take one where a single date would not say enough.
struct DCMIPeriod: Equatable {
    var name: String?
    var start: String?
    var end: String?
    var scheme: String?

    static let labels: Set<String> = ["name", "start", "end", "scheme"]

    /// Whether `text` is written as a period rather than as one date: a date never holds `=`.
    static func looksLikePeriod(_ text: String) -> Bool { text.utf8.contains(UInt8(ascii: "=")) }

    /// Whether `start` and `end` are W3CDTF dates: when no other scheme is named.
    var datesAreW3CDTF: Bool { scheme.map { $0.lowercased() == "w3c-dtf" } ?? true }

    /// The period, or what is wrong with its syntax.
    static func parse(_ text: String) -> Result<DCMIPeriod, PeriodError> {
        var period = DCMIPeriod()
        for component in text.split(separator: ";") {
            let trimmed = ElementNode.trim(String(component))
            if trimmed.isEmpty { continue }
            guard let equals = trimmed.firstIndex(of: "=") else {
                return .failure(PeriodError("\"\(trimmed)\" is not label=value"))
            }
            let label = ElementNode.trim(String(trimmed[..<equals])).lowercased()
            let value = ElementNode.trim(String(trimmed[trimmed.index(after: equals)...]))
            guard labels.contains(label) else {
                return .failure(
                    PeriodError("unknown component \"\(label)\" (name, start, end and scheme are defined)"))
            }
            guard period[label] == nil else { return .failure(PeriodError("\"\(label)\" is given twice")) }
            period[label] = value
        }
        return .success(period)
    }

    private subscript(label: String) -> String? {
        get {
            switch label {
            case "name": name
            case "start": start
            case "end": end
            default: scheme
            }
        }
        set {
            switch label {
            case "name": name = newValue
            case "start": start = newValue
            case "end": end = newValue
            default: scheme = newValue
            }
        }
    }

    /// Why a period's text is not one.
    struct PeriodError: Error, Equatable {
        var detail: String
        init(_ detail: String) { self.detail = detail }
    }
}
