import FeedValidator
import Foundation
import Testing

/// A case file's header says a code is reported at least once; these pin *which*
/// elements of the Atom structure cases it is reported for, so that a duplicate, a
/// misplaced element or a value with whitespace that goes unreported is caught even
/// when another element in the same case still triggers the code.
@Suite("Atom structure findings, element by element")
struct AtomStructureTests {
    /// `parent/element` of each finding with `code` in the case `atom/<name>.xml`.
    static func findings(_ code: ValidationCode, in name: String) throws -> Set<String> {
        let url = ValidatorCase.directory.appendingPathComponent("atom/\(name).xml")
        let report = try ValidatorCase(url: url).validate()
        return Set(
            report.diagnostics.filter { $0.code == code }.map { "\($0.parent ?? "")/\($0.element ?? "")" })
    }

    @Test(
        "Each element a feed, entry or source may hold once is reported when repeated",
        arguments: [
            (
                "DuplicateElementFeed",
                ["feed/generator", "feed/icon", "feed/logo", "feed/rights", "feed/subtitle"]
            ),
            (
                "DuplicateElementEntry",
                ["entry/updated", "entry/published", "entry/rights", "entry/summary", "entry/content"]
            ),
            ("DuplicateElementSource", ["source/title", "source/updated"]),
        ])
    func duplicates(name: String, expected: [String]) throws {
        #expect(try Self.findings(.duplicateElement, in: name) == Set(expected))
    }

    @Test(
        "Atom elements outside the parent RFC 4287 gives them are undefined there",
        arguments: [
            ("UndefinedElementEntryChildAtFeedLevel", ["feed/summary", "feed/published"]),
            ("UndefinedElementFeedChildInEntry", ["entry/subtitle", "entry/logo"]),
            ("UndefinedElementEntryInSource", ["source/entry"]),
            ("UndefinedElementInPerson", ["author/homepage"]),
            ("UndefinedElementInTextOnlyElement", ["icon/img"]),
            ("UndefinedElementInTextConstruct", ["title/b"]),
            ("UndefinedElementInXhtmlContent", ["p/updated"]),
            ("ValidPlacement", []),
        ])
    func placement(name: String, expected: [String]) throws {
        #expect(try Self.findings(.undefinedElement, in: name) == Set(expected))
    }

    @Test(
        "Whitespace around an id, a date or a URI is reported on that element only",
        arguments: [
            ("UnexpectedWhitespaceId", ["entry/id"]),
            ("UnexpectedWhitespaceUpdated", ["feed/updated"]),
            ("UnexpectedWhitespacePublished", ["entry/published"]),
            ("UnexpectedWhitespaceHref", ["entry/link"]),
            ("UnexpectedWhitespaceUri", ["author/uri"]),
            ("UnexpectedWhitespaceIconLogo", ["feed/icon", "feed/logo"]),
            ("WhitespaceInTextIsFine", []),
        ])
    func whitespace(name: String, expected: [String]) throws {
        #expect(try Self.findings(.unexpectedWhitespace, in: name) == Set(expected))
    }

    @Test("An xml:base or xml:lang finding names the attribute and the element that carries it")
    func xmlAttributes() throws {
        #expect(try Self.findings(.invalidIRI, in: "InvalidIRIXmlBase") == ["feed/xml:base"])
        #expect(try Self.findings(.invalidLanguage, in: "InvalidLanguageXmlLang") == ["feed/xml:lang"])
    }
}
