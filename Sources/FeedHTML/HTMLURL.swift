import FeedXML

/// URL checks and RFC 3986 reference resolution over UTF-8 bytes, for URL-valued attributes.
///
/// A value is first cleaned the way browsers read URLs: leading and trailing C0 controls
/// and spaces are trimmed and tabs and line breaks anywhere are removed, so
/// `" java\tscript:"` is seen as the `javascript:` it is. Then:
///
/// - with a scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )` before the first `:`), the
///   scheme must be allowed and the value is kept as written;
/// - with a `:` before any `/`, `?` or `#` but no valid scheme in front of it (`java
///   script:`, `javascript&colon;x:`), it is rejected: no reading of it is safe and none is
///   useful;
/// - otherwise it is a relative reference, resolved against the base URL by RFC 3986
///   section 5.2 (dot segments removed) when there is a base, or kept as written when not.
final class HTMLBaseURL: Sendable {
    let scheme: [UInt8]
    let authority: [UInt8]?
    let path: [UInt8]
    let query: [UInt8]?

    /// Parses an absolute base URL; `nil` if `string` has no valid scheme. The fragment is
    /// ignored, as RFC 3986 says.
    init?(_ string: String) {
        var cleaned: [UInt8] = []
        var copy = string
        copy.withContiguousUTF8 { HTMLURL.clean($0, into: &cleaned) }
        guard case .scheme(let end) = cleaned.withUnsafeBufferPointer({ HTMLURL.scheme(of: $0) }) else {
            return nil
        }
        let parts = HTMLURL.Parts(cleaned, from: end + 1)
        scheme = Array(cleaned[0..<end])
        authority = parts.authority.map { Array(cleaned[$0]) }
        path = Array(cleaned[parts.path])
        query = parts.query.map { Array(cleaned[$0]) }
    }
}

enum HTMLURL {
    enum Scheme: Equatable {
        /// A relative reference.
        case none
        /// A scheme ending before index `end` (where the `:` is).
        case scheme(end: Int)
        /// A `:` that cannot end a scheme.
        case invalid
    }

    /// Copies `value` into `out` (replacing its contents) without leading and trailing C0
    /// controls and spaces and without tabs, CR and LF.
    static func clean(_ value: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var start = 0
        var end = value.count
        while start < end && value[start] <= 0x20 { start += 1 }
        while end > start && value[end - 1] <= 0x20 { end -= 1 }
        var runStart = start
        for i in start..<end {
            let byte = value[i]
            guard byte == 0x09 || byte == 0x0A || byte == 0x0D else { continue }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: value[runStart..<i]))
            runStart = i + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: value[runStart..<end]))
    }

    static func scheme(of bytes: UnsafeBufferPointer<UInt8>) -> Scheme {
        var valid = true
        for (i, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: ":"):
                return valid && i > 0 ? .scheme(end: i) : .invalid
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"):
                return .none
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
                UInt8(ascii: "."):
                if i == 0 { valid = false }
            default:
                valid = false
            }
        }
        return .none
    }

    /// The components of a reference after its scheme, as index ranges.
    struct Parts {
        var authority: Range<Int>?
        var path: Range<Int>
        var query: Range<Int>?
        var fragment: Range<Int>?

        init(_ bytes: [UInt8], from start: Int) {
            let n = bytes.count
            var i = start
            if i + 1 < n && bytes[i] == UInt8(ascii: "/") && bytes[i + 1] == UInt8(ascii: "/") {
                var end = i + 2
                while end < n && !Self.endsAuthority(bytes[end]) { end += 1 }
                authority = (i + 2)..<end
                i = end
            }
            var pathEnd = i
            while pathEnd < n && bytes[pathEnd] != UInt8(ascii: "?") && bytes[pathEnd] != UInt8(ascii: "#") {
                pathEnd += 1
            }
            path = i..<pathEnd
            i = pathEnd
            if i < n && bytes[i] == UInt8(ascii: "?") {
                var end = i + 1
                while end < n && bytes[end] != UInt8(ascii: "#") { end += 1 }
                query = (i + 1)..<end
                i = end
            }
            if i < n { fragment = (i + 1)..<n }
        }

        private static func endsAuthority(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
        }
    }

    /// Resolves the relative reference `reference` against `base` (RFC 3986 section 5.2.2),
    /// replacing the contents of `out`; `scratch` holds the merged path.
    static func resolve(
        _ reference: [UInt8], against base: HTMLBaseURL, into out: inout [UInt8], scratch: inout [UInt8]
    ) {
        let ref = Parts(reference, from: 0)
        out.removeAll(keepingCapacity: true)
        out += base.scheme
        out.append(UInt8(ascii: ":"))
        let query: ArraySlice<UInt8>?
        if let authority = ref.authority {
            appendAuthority(reference[authority], to: &out)
            removeDotSegments(reference[ref.path], into: &out)
            query = ref.query.map { reference[$0] }
        } else {
            if let authority = base.authority { appendAuthority(authority[...], to: &out) }
            if ref.path.isEmpty {
                out += base.path
                query = ref.query.map { reference[$0] } ?? base.query?[...]
            } else if reference[ref.path.lowerBound] == UInt8(ascii: "/") {
                removeDotSegments(reference[ref.path], into: &out)
                query = ref.query.map { reference[$0] }
            } else {
                merge(base, reference[ref.path], into: &scratch)
                removeDotSegments(scratch[...], into: &out)
                query = ref.query.map { reference[$0] }
            }
        }
        if let query {
            out.append(UInt8(ascii: "?"))
            out += query
        }
        if let fragment = ref.fragment {
            out.append(UInt8(ascii: "#"))
            out += reference[fragment]
        }
    }

    private static func appendAuthority(_ authority: ArraySlice<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "/"))
        out.append(UInt8(ascii: "/"))
        out += authority
    }

    /// RFC 3986 section 5.2.3, replacing the contents of `out`.
    private static func merge(_ base: HTMLBaseURL, _ path: ArraySlice<UInt8>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        if base.authority != nil && base.path.isEmpty {
            out.append(UInt8(ascii: "/"))
        } else if let slash = base.path.lastIndex(of: UInt8(ascii: "/")) {
            out += base.path[...slash]
        }
        out += path
    }

    /// RFC 3986 section 5.2.4, appending the result to `out`.
    static func removeDotSegments(_ input: ArraySlice<UInt8>, into out: inout [UInt8]) {
        input.withUnsafeBufferPointer { path in
            if !hasDotSegment(path) {
                out.append(contentsOf: path)
                return
            }
            removeDotSegments(path, into: &out)
        }
    }

    /// Whether a `.` starts a segment anywhere in `path` (most paths have none).
    private static func hasDotSegment(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous = UInt8(ascii: "/")
        for byte in path {
            if byte == UInt8(ascii: ".") && previous == UInt8(ascii: "/") { return true }
            previous = byte
        }
        return false
    }

    private static func removeDotSegments(_ input: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let floor = out.count
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        let end = input.count
        var i = 0
        func at(_ k: Int) -> UInt8? { k < end ? input[k] : nil }
        while i < end {
            let c0 = input[i]
            let c1 = at(i + 1)
            let c2 = at(i + 2)
            if c0 == dot && c1 == dot && c2 == slash {  // A: "../"
                i += 3
            } else if c0 == dot && c1 == slash {  // A: "./"
                i += 2
            } else if c0 == slash && c1 == dot && c2 == slash {  // B: "/./" becomes "/"
                i += 2
            } else if c0 == slash && c1 == dot && c2 == nil {  // B: "/." at the end becomes "/"
                out.append(slash)
                i += 2
            } else if c0 == slash && c1 == dot && c2 == dot && (at(i + 3) == slash || i + 3 == end) {
                // C: "/../" or "/.." at the end becomes "/", and the last output segment goes.
                while out.count > floor && out.removeLast() != slash {}
                if i + 3 == end { out.append(slash) }
                i += 3
            } else if c0 == dot && (c1 == nil || (c1 == dot && c2 == nil)) {  // D: "." or ".."
                i = end
            } else {  // E: move the first segment, with its leading "/"
                var segmentEnd = i + 1
                while segmentEnd < end && input[segmentEnd] != slash { segmentEnd += 1 }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: input[i..<segmentEnd]))
                i = segmentEnd
            }
        }
    }
}
