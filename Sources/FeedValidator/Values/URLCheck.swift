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
        // On bytes: every id and link of a feed comes through here, and a scheme is ASCII.
        let utf8 = text.utf8
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")), colon != utf8.startIndex,
            ASCIIClass.isLetter(utf8[utf8.startIndex]),
            utf8[utf8.startIndex..<colon].allSatisfy(ASCIIClass.isSchemeByte)
        else { return nil }
        return String(decoding: utf8[utf8.startIndex..<colon].map(ASCIIClass.lowercased), as: UTF8.self)
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
            if !isLowercase(host) || text.prefix(scheme.count) != scheme { return .nonCanonical }
            if writesDefaultPort(rest, host: host, port: scheme == "http" ? ":80/" : ":443/") {
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

    /// The host of `//authority…`: after the last `@` that has something after it, before
    /// the port; a bracketed IPv6 literal with whatever follows it. Slices, no copies: every
    /// link of a feed comes through here.
    private static func host(of rest: Substring) -> Substring? {
        let afterSlashes = rest.utf8.index(rest.utf8.startIndex, offsetBy: 2)
        let authorityEnd =
            rest.utf8[afterSlashes...].firstIndex {
                $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#")
            }
            ?? rest.utf8.endIndex
        var authority = rest[afterSlashes..<authorityEnd]
        while authority.utf8.last == UInt8(ascii: "@") { authority = authority.dropLast() }
        let hostPort =
            authority.utf8.lastIndex(of: UInt8(ascii: "@")).map { authority[authority.index(after: $0)...] }
            ?? authority
        if hostPort.utf8.first == UInt8(ascii: "[") { return hostPort }
        return hostPort[..<(hostPort.utf8.firstIndex(of: UInt8(ascii: ":")) ?? hostPort.endIndex)]
    }

    private static func isLowercase(_ host: Substring) -> Bool {
        if host.utf8.allSatisfy({ $0 < 0x80 }) {
            return !host.utf8.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        }
        return host == host.lowercased()
    }

    /// Whether `rest` is `//<host><port>…`, the default port written out.
    private static func writesDefaultPort(_ rest: Substring, host: Substring, port: String) -> Bool {
        let afterSlashes = rest.utf8.dropFirst(2)
        guard afterSlashes.starts(with: host.utf8) else { return false }
        return afterSlashes.dropFirst(host.utf8.count).starts(with: port.utf8)
    }

    private static func percentEscapesAreValid(_ text: String) -> Bool {
        var pending = 0
        for byte in text.utf8 {
            if pending > 0 {
                guard ASCIIClass.isHexDigit(byte) else { return false }
                pending -= 1
            } else if byte == UInt8(ascii: "%") {
                pending = 2
            }
        }
        return pending == 0
    }
}
