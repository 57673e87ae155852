import FeedModel
import FeedSite
import FeedTestSupport
import Foundation
import Testing

@Suite("Rubric slugs")
struct RubricSlugTests {
    static let table = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("rubric-slugs/slugs.tsv")
    static let rows = (try? FixtureRow.rows(of: table)) ?? []

    @Test("the table has rows")
    func tableIsRead() {
        #expect(Self.rows.count >= 20)
    }

    @Test("names give the slugs of the ICAO table", arguments: rows)
    func slug(row: FixtureRow) throws {
        let fields = try row.columns(3)
        #expect(RubricSlug.slug(for: fields[0]) == fields[1])
    }

    @Test("every slug is a path segment of a-z, 0-9 and inner dashes, at most 60 long", arguments: rows)
    func shape(row: FixtureRow) throws {
        let slug = RubricSlug.slug(for: try row.columns(3)[0])
        #expect(!slug.isEmpty && slug.count <= RubricSlug.maxLength)
        #expect(slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"))
    }

    @Test("a name with nothing left after transliteration gets the digest of its key")
    func digestFallback() {
        var digest = StableDigest()
        digest.add(bytes: RubricSlug.nameKey(" 新闻 ").utf8)
        #expect(RubricSlug.slug(for: " 新闻 ") == digest.hex)
        #expect(RubricSlug.slug(for: "新闻") == RubricSlug.slug(for: "新闻  "))
    }

    @Test("names that differ in case and whitespace are one rubric")
    func nameKey() {
        let keys = Set(["Политика", "политика", " ПОЛИТИКА ", "Политика\n"].map(RubricSlug.nameKey))
        #expect(keys == ["политика"])
        #expect(RubricSlug.nameKey("Мир   и  война") == "мир и война")
    }
}

@Suite("Rubric slugs once published")
struct RubricSlugsTests {
    @Test("a new rubric gets the slug of the rules and is reported as added")
    func fresh() {
        var slugs = RubricSlugs()
        slugs.assign(["Политика", "политика", "Экономика"])
        #expect(slugs.slug(for: "ПОЛИТИКА") == "politika")
        #expect(slugs.slug(for: "Экономика") == "ekonomika")
        #expect(slugs.added.map(\.slug) == ["politika", "ekonomika"])
    }

    @Test("a rubric published before keeps its slug, even when the rules now say otherwise")
    func tableChange() {
        // As if an earlier table had written "politica": the published address stays.
        var slugs = RubricSlugs(published: ["политика": "politica"])
        slugs.assign(["Политика"])
        #expect(slugs.slug(for: "Политика") == "politica")
        #expect(slugs.added.isEmpty)
    }

    @Test("a new name colliding with a published slug gets -2, the first keeps the plain one")
    func collisionWithPublished() {
        var slugs = RubricSlugs(published: ["политика": "politika"])
        slugs.assign(["Politika"])
        #expect(slugs.slug(for: "Политика") == "politika")
        #expect(slugs.slug(for: "Politika") == "politika-2")
        slugs.assign(["POLITIKA!"])
        #expect(slugs.slug(for: "POLITIKA!") == "politika-3")
    }

    @Test("two new names colliding in one build are told apart by name key, the same on every run")
    func collisionInOneBuild() {
        var first = RubricSlugs()
        first.assign(["Политика", "Politika"])
        var second = RubricSlugs()
        second.assign(["Politika", "Политика"])
        #expect(first.byKey == second.byKey)
        // "politika" sorts before "политика": the Latin spelling takes the plain slug.
        #expect(first.slug(for: "Politika") == "politika")
        #expect(first.slug(for: "Политика") == "politika-2")
    }

    @Test("a suffix on a slug at the cap still fits the cap")
    func suffixOnLongSlug() {
        let long = String(repeating: "a", count: RubricSlug.maxLength)
        var slugs = RubricSlugs(published: ["x": long])
        slugs.assign([long + "!"])
        let slug = slugs.slug(for: long + "!")
        #expect(slug?.count == RubricSlug.maxLength)
        #expect(slug?.hasSuffix("-2") == true)
    }
}
