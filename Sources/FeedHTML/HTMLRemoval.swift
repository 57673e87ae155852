/// One kind of thing ``HTMLSanitizer`` removed, and how often, for diagnostics.
public struct HTMLRemoval: Sendable, Hashable, CustomStringConvertible {
    /// What sort of thing was removed.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// An element removed with everything inside it (`script`, `iframe`, an `img` without
        /// a usable source).
        case element
        /// An element whose tags were removed and whose content was kept (unknown elements,
        /// `font`, an `a` without a usable `href`).
        case tag
        /// An attribute the allowlist does not keep on its element (`onerror`, `style`).
        case attribute
        /// A URL-valued attribute, or one `srcset` candidate, removed because its scheme is
        /// not allowed or it cannot be parsed (`javascript:`, `data:`).
        case url
        /// An HTML comment, including conditional comments.
        case comment
        /// A processing instruction (`<?php … ?>`).
        case processingInstruction
    }

    /// What sort of thing was removed.
    public var kind: Kind
    /// The lowercased element name; empty for comments and processing instructions.
    public var element: String
    /// The lowercased attribute name, for ``Kind/attribute`` and ``Kind/url``.
    public var attribute: String?
    /// How many times this removal happened in the fragment.
    public var count: Int

    /// A removal of `kind` on `element` (and `attribute`), seen `count` times.
    public init(kind: Kind, element: String, attribute: String? = nil, count: Int = 1) {
        self.kind = kind
        self.element = element
        self.attribute = attribute
        self.count = count
    }

    /// A short description: `<script> element`, `<font> tags`, `onerror on <img>`,
    /// `href URL on <a>`, `comment`, with ` ×N` when it happened N > 1 times.
    public var description: String {
        let text: String
        switch kind {
        case .element: text = "<\(element)> element"
        case .tag: text = "<\(element)> tags"
        case .attribute: text = "\(attribute ?? "") on <\(element)>"
        case .url: text = "\(attribute ?? "") URL on <\(element)>"
        case .comment: text = "comment"
        case .processingInstruction: text = "processing instruction"
        }
        return count == 1 ? text : "\(text) ×\(count)"
    }
}

/// Collects removals, merging repeats.
struct HTMLRemovalLog {
    private(set) var entries: [HTMLRemoval] = []

    mutating func record(_ kind: HTMLRemoval.Kind, element: String, attribute: String? = nil) {
        for i in entries.indices
        where entries[i].kind == kind && entries[i].element == element && entries[i].attribute == attribute {
            entries[i].count += 1
            return
        }
        entries.append(HTMLRemoval(kind: kind, element: element, attribute: attribute))
    }
}
