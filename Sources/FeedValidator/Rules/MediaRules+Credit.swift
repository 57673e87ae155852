/// `media:credit` roles and schemes, and `media:hash` algorithms and digests.
extension MediaRules {
    /// The European Broadcasting Union's role codes, the vocabulary of the default scheme
    /// `urn:ebu`, in lower case as Media RSS requires: the EBU list the W3C validator
    /// carries, its short forms (`artist`, `performer`, …) and the example roles the Media
    /// RSS specification gives (`vocalist` among them).
    static let ebuRoles: Set<String> = [
        "actor", "adaptor", "anchor person", "animal trainer", "animator", "announcer", "armourer",
        "art director", "artist", "artist/performer", "assistant camera",
        "assistant chief lighting technician",
        "assistant director", "assistant producer", "assistant visual editor", "author",
        "broadcast assistant",
        "broadcast journalist", "camera operator", "carpenter", "casting", "causeur",
        "chief lighting technician",
        "choir", "choreographer", "clapper loader", "commentary or commentator", "commissioning broadcaster",
        "composer", "computer programmer", "conductor", "consultant", "continuity checker", "correspondent",
        "costume designer", "dancer", "dialogue coach", "director", "director of photography",
        "distribution company", "draughtsman", "dresser", "dubber", "editor", "editor/producer", "ensemble",
        "executive producer", "expert", "fight director", "floor manager", "focus puller", "foley artist",
        "foley editor", "foley mixer", "graphic assistant", "graphic designer", "greensman", "grip",
        "hairdresser", "illustrator", "interviewed guest", "interviewer", "key character", "key grip",
        "key talents", "leadman", "librettist", "lighting director", "lighting technician",
        "location manager",
        "lyricist", "make up artist", "manufacturer", "matte artist", "music arranger", "music group",
        "musician", "news reader", "orchestra", "participant", "performer", "photographer", "post",
        "producer",
        "production assistant", "production company", "production department", "production manager",
        "production secretary", "programme production researcher", "programme proposal", "property manager",
        "publishing company", "puppeteer", "pyrotechnician", "reporter", "rigger", "runner", "scenario",
        "scenic operative", "script supervisor", "second assistant camera", "second assistant director",
        "second unit director", "set designer", "set dresser", "sign language", "singer", "sound designer",
        "sound mixer", "sound recordist", "special effects", "stunts", "subtitles", "technical director",
        "term",
        "translation", "transportation manager", "treatment", "treatment proposal",
        "treatment/programme proposal", "vision mixer", "visual editor", "visual effects", "vocalist",
        "wardrobe", "witness",
    ]

    /// Hex digits per digest: an MD5 is 128 bits, a SHA-1 160.
    static let hashLengths: [String: Int] = ["md5": 32, "sha-1": 40]

    /// Under `urn:ebu` (the default) the role must be an EBU role code; under any other
    /// scheme, which must be a URI, it only has to be lower case.
    static func checkCredit(_ node: ElementNode, context: inout ValidationContext) {
        let declared = node.attribute("scheme") ?? ""
        let isEBU = declared.isEmpty || declared == "urn:ebu"
        if let role = node.attribute("role") {
            if isEBU && !ebuRoles.contains(role) {
                context.report(
                    .invalidCreditRole, node, value: role, detail: "scheme urn:ebu takes EBU role codes")
            } else if !isEBU && role != role.lowercased() {
                context.report(.invalidCreditRole, node, value: role, detail: "roles are lower case")
            }
        }
        if !isEBU { context.checkURL(declared, node, attribute: "scheme", full: true, iri: false) }
    }

    /// `algo` md5 (the default) or sha-1, and the digest in hexadecimal of that length. The
    /// W3C validator takes any 32 or 40 letters and digits; a digest is hexadecimal, so a
    /// Base64 digest (24 or 28 characters, with `+`, `/`, `=`) fails either way.
    static func checkHash(_ node: ElementNode, context: inout ValidationContext) {
        let algo = node.attribute("algo") ?? "md5"
        guard let length = hashLengths[algo] else {
            return context.report(.invalidMediaHash, node, value: algo, detail: "algo must be md5 or sha-1")
        }
        let digest = node.trimmedText
        if digest.utf8.count != length || !digest.utf8.allSatisfy(ASCIIClass.isHexDigit) {
            let detail = "an \(algo) digest is \(length) hexadecimal digits"
            context.report(.invalidMediaHash, node, value: digest, detail: detail)
        }
    }
}
