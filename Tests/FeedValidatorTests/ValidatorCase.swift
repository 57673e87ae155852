import FeedTestSupport
import FeedValidator
import Foundation
import Testing

/// One self-describing case in `Cases/<group>/`: a feed whose leading comment (or, for
/// JSON, `_comment` member) says what it covers and which codes it expects:
/// `Expect: MissingTitle, !InvalidRFC2822Date` (present, absent), or `Expect: valid` for no
/// errors and no warnings. `DocumentURL: …` sets the URL the document is validated as, and
/// `MaxItems: N` the item limit (so a case about the limit needs three items, not 10,001),
/// and `Profile: podcast` the rule set (`general` when absent).
struct ValidatorCase: CustomTestStringConvertible, Sendable {
    static let directory = Fixtures.sourceDirectory().appendingPathComponent("Cases")
    /// "Now" for every case, so future-date checks do not drift.
    static let now = Date(timeIntervalSince1970: 1_748_736_000)  // 2025-06-01T00:00:00Z

    let name: String
    let url: URL
    let expected: [String]
    let absent: [String]
    let expectsValid: Bool
    let documentURL: String?
    let maxItems: Int
    /// The `Profile:` header as written; empty when absent.
    let profileName: String
    /// The profile named, `nil` for a name that is none (the case test fails on it).
    var profile: Validator.Profile? {
        profileName.isEmpty ? .general : Validator.Profile(rawValue: profileName)
    }

    var testDescription: String { name }

    static let all: [ValidatorCase] = {
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        var cases: [ValidatorCase] = []
        while let url = enumerator?.nextObject() as? URL {
            guard ["xml", "json"].contains(url.pathExtension) else { continue }
            cases.append(ValidatorCase(url: url))
        }
        return cases.sorted { $0.name < $1.name }
    }()

    init(url: URL) {
        self.url = url
        name =
            url.deletingPathExtension().lastPathComponent.isEmpty
            ? url.lastPathComponent
            : url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent
        let data = (try? Data(contentsOf: url)) ?? Data()
        // Latin-1 decodes any bytes, so cases in legacy encodings still show their header.
        let head = String(decoding: data.prefix(2000).map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
        let tokens = Self.field("Expect:", in: head).split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        expectsValid = tokens.contains("valid")
        expected = tokens.filter { $0 != "valid" && !$0.hasPrefix("!") }
        absent = tokens.filter { $0.hasPrefix("!") }.map { String($0.dropFirst()) }
        let url = Self.field("DocumentURL:", in: head)
        documentURL = url.isEmpty ? nil : url
        maxItems = Int(Self.field("MaxItems:", in: head)) ?? Validator.maxItems
        profileName = Self.field("Profile:", in: head)
    }

    /// The labels a header may hold on one line (a JSON `_comment` has only one).
    private static let labels = ["Expect:", "DocumentURL:", "MaxItems:", "Profile:"]

    /// The rest of the line after `label`, up to the end of a comment or JSON string.
    private static func field(_ label: String, in head: String) -> String {
        guard let range = head.range(of: label) else { return "" }
        let rest = head[range.upperBound...]
        let end = rest.firstIndex { $0 == "\n" || $0 == "\"" } ?? rest.endIndex
        var value = String(rest[..<end])
        if let close = value.range(of: "-->") { value = String(value[..<close.lowerBound]) }
        for next in labels {
            if let other = value.range(of: " " + next) { value = String(value[..<other.lowerBound]) }
        }
        return value.trimmingCharacters(in: .whitespaces).trimmingCharacters(
            in: CharacterSet(charactersIn: "."))
    }

    func validate() throws -> ValidationReport {
        let profile = try #require(profile, "unknown Profile: \(profileName)")
        let bytes = try [UInt8](Data(contentsOf: url))
        return Validator.validate(
            bytes, documentURL: documentURL, now: Self.now, maxItems: maxItems, profile: profile)
    }
}
