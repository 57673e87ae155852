import Foundation

/// The slugs of the rubrics a site has published, and the rule that gives new ones.
///
/// Once a rubric has a slug, it keeps it: a reader subscribed to `categories/politika/`
/// must never lose the feed because the transliteration table changed or another rubric
/// came along. So the slugs already published (from the state store) are taken as they are,
/// and a new rubric whose slug is taken gets the first free of `-2`, `-3`, …: the rubric
/// that came first keeps the plain slug.
public struct RubricSlugs: Sendable {
    /// Name key (``RubricSlug/nameKey(_:)``) → slug, for every rubric with a slug.
    public private(set) var byKey: [String: String]
    /// The rubrics given a slug by ``assign(_:)``, in the order they were given one: what
    /// the state store must record.
    public private(set) var added: [(key: String, slug: String)] = []

    /// The slugs published before: name key → slug.
    public init(published: [String: String] = [:]) {
        self.byKey = published
    }

    /// Gives every rubric of `names` that has none yet a slug. New rubrics are taken in
    /// name-key order, so that two that arrive in the same build and collide are told apart
    /// the same way on every machine.
    public mutating func assign(_ names: [String]) {
        let newKeys = Set(names.map(RubricSlug.nameKey)).filter { byKey[$0] == nil }
        var taken = Set(byKey.values)
        for key in newKeys.sorted() {
            let slug = Self.free(RubricSlug.slug(for: key), taken: taken)
            taken.insert(slug)
            byKey[key] = slug
            added.append((key, slug))
        }
    }

    /// The slug of `name`, if it has one.
    public func slug(for name: String) -> String? {
        byKey[RubricSlug.nameKey(name)]
    }

    /// `base` when free, else `base-2`, `base-3`, … (the suffix counts against the cap).
    static func free(_ base: String, taken: Set<String>) -> String {
        guard taken.contains(base) else { return base }
        var number = 2
        while true {
            let suffix = "-\(number)"
            let room = base.prefix(RubricSlug.maxLength - suffix.count)
            let candidate = room.trimmingCharacters(in: CharacterSet(charactersIn: "-")) + suffix
            if !taken.contains(candidate) { return candidate }
            number += 1
        }
    }
}
