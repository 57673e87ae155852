/// URI and IRI syntax (RFC 3986 / RFC 3987), the checks behind `InvalidLink`,
/// `InvalidFullLink`, `InvalidIRI`, `UriNotIri`, `InvalidUriChar` and `NonCanonicalURI`.
enum URLCheck {
    enum Finding: Equatable {
        /// Not a URI at all: spaces, a bad scheme, an empty value.
        case invalid
        /// A character no URI may contain (`"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`, `}`).
        case invalidCharacter
        /// Non-ASCII characters: fine in an IRI, not in a URL.
        case iri
        /// A relative reference where a full URL is required.
        case relative
        /// A scheme outside the common registered ones.
        case unregisteredScheme
        /// Upper-case scheme or host, or a default port written out.
        case nonCanonical
    }

    /// Schemes that feeds use and IANA registers.
    static let registeredSchemes: Set<String> = [
        "http", "https", "ftp", "ftps", "mailto", "tag", "urn", "file", "news", "nntp", "irc", "ircs", "data",
        "sip", "tel", "xmpp", "magnet", "feed", "itpc", "pcast", "rtsp", "rtmp", "mms", "git", "ssh", "sftp",
        "gopher", "telnet", "ldap", "geo", "about", "javascript", "ws", "wss", "webcal", "spotify", "podcast",
    ]

    /// The code a finding is reported under for an element's text.
    static func code(for finding: Finding, full: Bool, iri: Bool) -> ValidationCode {
        switch finding {
        case .invalid, .relative: iri ? .invalidIRI : full ? .invalidFullLink : .invalidLink
        case .invalidCharacter: .invalidUriChar
        case .iri: .uriNotIri
        case .unregisteredScheme: .schemeNotIANARegistered
        case .nonCanonical: .nonCanonicalURI
        }
    }

    /// The scheme of an absolute reference, lower-cased, or `nil` for a relative one.
    static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return scheme.lowercased()
    }

    /// Checks `text` as a reference; `full` requires an absolute URL, `iri` allows non-ASCII.
    static func check(_ text: String, full: Bool, iri: Bool) -> Finding? {
        if text.isEmpty { return full ? .invalid : nil }
        // Nearly every URL is printable ASCII without a forbidden character: one byte pass
        // proves that, and the three character scans below are only for the others.
        if !isPlainASCII(text) {
            if text.contains(where: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
                return .invalid
            }
            if text.contains(where: { "\"<>\\^`{|}".contains($0) }) { return .invalidCharacter }
            if !iri && text.unicodeScalars.contains(where: { !$0.isASCII }) { return .iri }
        }
        if !percentEscapesAreValid(text) { return .invalid }
        guard let scheme = scheme(of: text) else {
            if text.hasPrefix(":") || text.hasPrefix("//") && full { return .invalid }
            return full ? .relative : nil
        }
        let rest = text.dropFirst(scheme.count + 1)
        if scheme == "http" || scheme == "https" {
            guard rest.hasPrefix("//"), let host = host(of: rest), !host.isEmpty else { return .invalid }
            if host != host.lowercased() || text.prefix(scheme.count) != scheme { return .nonCanonical }
            if rest.hasPrefix("//\(host):80/") && scheme == "http"
                || rest.hasPrefix("//\(host):443/") && scheme == "https"
            {
                return .nonCanonical
            }
        }
        if !registeredSchemes.contains(scheme) { return .unregisteredScheme }
        return nil
    }

    /// Printable ASCII only (no space, no control), and none of the characters no URI may hold.
    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { (0x21...0x7E).contains($0) && !forbidden[Int($0)] }
    }

    private static let forbidden: [Bool] = (0..<128).map { "\"<>\\^`{|}".utf8.contains(UInt8($0)) }

    private static func host(of rest: Substring) -> String? {
        let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostPort = authority.split(separator: "@").last.map(String.init) ?? ""
        if hostPort.hasPrefix("[") { return hostPort }
        return hostPort.split(separator: ":", omittingEmptySubsequences: false).first.map(String.init)
    }

    private static func percentEscapesAreValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%") {
                guard i + 2 < bytes.count, isHex(bytes[i + 1]), isHex(bytes[i + 2]) else { return false }
                i += 3
            } else {
                i += 1
            }
        }
        return true
    }

    private static func isHex(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
    }
}
