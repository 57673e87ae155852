/// `Accept-Encoding` (RFC 9110 12.5.3), asked one question: may the answer be gzip?
enum AcceptEncoding {
    /// Whether `header` allows gzip: `gzip` (or `x-gzip`) with a q-value above 0, or `*`
    /// above 0 when gzip is not named. `gzip;q=0` refuses it; no header means identity.
    static func allowsGzip(_ header: Substring?) -> Bool {
        guard let header else { return false }
        var wildcard: Bool?
        for member in header.split(separator: ",") {
            let parts = member.split(separator: ";")
            guard let first = parts.first else { continue }
            let coding = first.trimmingSpaces().lowercased()
            let accepted = quality(parts.dropFirst()) > 0
            switch coding {
            case "gzip", "x-gzip": return accepted
            case "*": wildcard = accepted
            default: continue
            }
        }
        return wildcard ?? false
    }

    /// The `q` parameter among `parameters`; 1 when absent, 0 when malformed, so that a
    /// value we cannot read never turns compression on against the client's wish.
    private static func quality(_ parameters: ArraySlice<Substring>) -> Double {
        for parameter in parameters {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingSpaces().lowercased() == "q" else { continue }
            return Double(pair[1].trimmingSpaces()) ?? 0
        }
        return 1
    }
}

extension Substring {
    /// Without the spaces and tabs HTTP allows around list members and parameters.
    func trimmingSpaces() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
