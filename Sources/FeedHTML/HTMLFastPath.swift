/// A tokenizer for the simple, well-nested HTML most feeds carry (paragraphs, lists,
/// quotes, headings, links, emphasis, images), which gives the sanitiser exactly the
/// events libxml2's HTML parser would give it, without the parser's cost.
///
/// It accepts a fragment only where libxml2 has nothing to repair or imply: every element
/// from a small known set, explicitly closed in order; block elements only where no
/// paragraph-like element is open (so no start tag closes another implicitly); attribute
/// values quoted; references well-formed (`&name;` from the HTML 4 table, `&#…;` outside
/// C1 and NUL); no comments, declarations, CR or NUL. Anything else returns false and the
/// fragment goes to libxml2. The sanitiser's tests check, fixture by fixture, that where
/// this path accepts, its output is the parser path's.
enum HTMLFastPath {
    /// Feeds `fragment`'s events to `sink`, or returns false when the fragment is outside
    /// the simple subset. The events go out while the fragment is read, so on `false` the
    /// sink has seen part of them and is to be thrown away.
    static func run(_ fragment: UnsafeBufferPointer<UInt8>, into sink: HTMLEventSink) -> Bool {
        var tokenizer = Tokenizer(input: fragment, sink: sink)
        return tokenizer.tokenize()
    }

    enum Kind {
        case inline
        case void
        /// May only start where no paragraph-like element is open.
        case block
        case listItem
        case list
        /// Holds blocks: starting one inside is fine.
        case container
    }

    /// The kind of an element name, or `nil` for an element the fast path leaves to
    /// libxml2. Names are packed into integers: no hashing, no allocation.
    static func kind(of name: UnsafeBufferPointer<UInt8>) -> Kind? {
        // Eight bytes pack into an integer; `blockquote` is the one longer name.
        guard name.count <= 8 else { return name.elementsEqual(blockquote) ? .container : nil }
        var packed: UInt64 = 0
        for byte in name { packed = packed << 8 | UInt64(byte) }
        return packedKinds.first { $0.name == packed }?.kind
    }

    private static let blockquote: [UInt8] = Array("blockquote".utf8)

    private static let packedKinds: [(name: UInt64, kind: Kind)] = kinds.map { name, kind in
        (name.utf8.reduce(0) { $0 << 8 | UInt64($1) }, kind)
    }

    static let kinds: [String: Kind] = {
        var kinds: [String: Kind] = [:]
        for name in [
            "a", "abbr", "b", "cite", "code", "em", "i", "mark", "q", "s", "small", "span", "strong", "sub",
            "sup", "u",
        ] {
            kinds[name] = .inline
        }
        for name in ["br", "img"] { kinds[name] = .void }
        for name in ["p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"] { kinds[name] = .block }
        kinds["li"] = .listItem
        kinds["ul"] = .list
        kinds["ol"] = .list
        kinds["blockquote"] = .container
        return kinds
    }()
}
