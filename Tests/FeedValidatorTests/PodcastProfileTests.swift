import FeedValidator
import Foundation
import Testing

@Suite("The podcast profile")
struct PodcastProfileTests {
    static let missingTags = ValidatorCase.all.first { $0.name == "itunes/MissingItunesElement.xml" }

    @Test("Each missing required Apple tag is reported once, where it is missing")
    func missingTagsOnce() throws {
        let testCase = try #require(Self.missingTags)
        let report = try testCase.validate()
        let required = report.diagnostics.filter { $0.code == .missingItunesElement }
        let found = required.map { "\($0.parent ?? "")/\($0.element ?? "")" }
        #expect(
            found.sorted() == [
                "channel/itunes:category", "channel/itunes:explicit", "channel/itunes:image",
                "channel/language",
                "item/enclosure", "item/title",
            ])
        // The episode without an enclosure comes first, the untitled one second.
        let line = { (tag: String) in required.first { $0.element == tag }?.line ?? 0 }
        #expect(line("enclosure") < line("title"))
        #expect(required.allSatisfy { $0.severity == .error })
        let recommended = report.diagnostics.filter { $0.code == .missingRecommendedElement }
        #expect(!recommended.isEmpty && recommended.allSatisfy { $0.severity == .warning })
    }

    @Test("The podcast profile only adds findings to the general ones", arguments: ValidatorCase.all)
    func onlyAdds(_ testCase: ValidatorCase) throws {
        let bytes = try [UInt8](Data(contentsOf: testCase.url))
        let validate = { (profile: Validator.Profile) in
            Validator.validate(
                bytes, documentURL: testCase.documentURL, now: ValidatorCase.now, maxItems: testCase.maxItems,
                profile: profile)
        }
        var podcast = validate(.podcast).diagnostics
        for finding in validate(.general).diagnostics {
            let index = try #require(podcast.firstIndex(of: finding), "general finding lost: \(finding)")
            podcast.remove(at: index)
        }
        let added = Set(podcast.map(\.code))
        #expect(added.isSubset(of: [.missingItunesElement, .missingItunesEmail, .missingRecommendedElement]))
    }
}
