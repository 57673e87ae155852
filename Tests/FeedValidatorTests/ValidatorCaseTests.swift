import FeedTestSupport
import FeedValidator
import Foundation
import Testing

@Suite("Self-describing validator cases")
struct ValidatorCaseTests {
    @Test("Each case reports what its header expects", arguments: ValidatorCase.all)
    func expectations(_ testCase: ValidatorCase) throws {
        let report = try testCase.validate()
        let codes = Set(report.diagnostics.map(\.code.rawValue))
        let listing = report.diagnostics.map { "\($0.code.rawValue)@\($0.line ?? 0): \($0.message)" }
        #expect(
            !testCase.expected.isEmpty || !testCase.absent.isEmpty || testCase.expectsValid,
            "no Expect: header")
        for code in testCase.expected {
            #expect(codes.contains(code), "expected \(code); got \(listing)")
        }
        for code in testCase.absent {
            #expect(!codes.contains(code), "did not expect \(code); got \(listing)")
        }
        if testCase.expectsValid {
            #expect(!report.hasWarningsOrErrors, "expected a clean report; got \(listing)")
        }
    }

    @Test(
        "Streaming a file gives the same report as validating its bytes",
        arguments: ValidatorCase.all.prefix(40))
    func streamingMatchesMemory(_ testCase: ValidatorCase) throws {
        let fromBytes = try testCase.validate()
        let fromFile = Validator.validate(
            path: testCase.url.path, documentURL: testCase.documentURL, now: ValidatorCase.now,
            maxItems: testCase.maxItems, profile: try #require(testCase.profile))
        #expect(fromFile == fromBytes)
    }
}

@Suite("Validation codes")
struct ValidationCodeTests {
    static let docs = Fixtures.sourceDirectory().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/validator")

    @Test("There are at least 120 codes")
    func enough() {
        #expect(ValidationCode.allCases.count >= 120)
    }

    @Test(
        "Every code has a message, a doc page and a case that expects it", arguments: ValidationCode.allCases)
    func documentedAndCovered(_ code: ValidationCode) throws {
        #expect(!code.template.isEmpty)
        let page = Self.docs.appendingPathComponent("\(code.rawValue).md")
        let text = try #require(try? String(contentsOf: page, encoding: .utf8), "no doc page \(page.path)")
        #expect(text.contains("# \(code.rawValue)"))
        #expect(
            ValidatorCase.all.contains { $0.expected.contains(code.rawValue) },
            "no case expects \(code.rawValue)")
    }
}
