import FeedTestSupport
import Foundation
import Testing

@testable import FeedAggregator

/// The hand-written fast path of `ItemKey` must agree with Foundation's NFKC and case
/// folding on every title it accepts.
@Suite("Normalisation fast path")
struct FastPathTests {
    @Test("every scalar the fast path accepts folds as Foundation folds it, alone and between letters")
    func everyAcceptedScalar() {
        var accepted = 0
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for title in ["\(scalar)", "Ab\(scalar)Яё", "x \(scalar) y"] {
                guard let fast = TitleFolding.fast(title, ampersandIsText: true) else { continue }
                accepted += 1
                #expect(fast == TitleFolding.slow(title), "U+\(String(value, radix: 16, uppercase: true))")
            }
        }
        // ASCII, U+0400–U+045F and the mapped punctuation, in three contexts each.
        #expect(accepted > 3 * 250)
    }

    @Test("fast and slow paths agree on every title in the fixtures")
    func fixtureTitles() throws {
        let titles = try Self.fixtureTitles()
        #expect(titles.count >= 150)
        for title in titles {
            let decoded = EntityDecoding.decode(title)
            guard let fast = TitleFolding.fast(decoded, ampersandIsText: true) else { continue }
            #expect(fast == TitleFolding.slow(decoded), "\(title)")
        }
    }

    @Test("the seed headlines take the fast path")
    func seedHeadlinesAreFast() throws {
        for headline in try DemoData.seedHeadlines() {
            #expect(TitleFolding.fast(headline.title, ampersandIsText: false) != nil, "\(headline.title)")
        }
    }

    @Test("fast and slow paths agree on generated strings mixing the mapped characters")
    func generatedTitles() {
        var generator = SplitMix64(seed: 0x5EED)
        for _ in 0..<4000 {
            let length = Int.random(in: 0...40, using: &generator)
            var title = ""
            for _ in 0..<length {
                title.unicodeScalars.append(Self.alphabet.randomElement(using: &generator)!)
            }
            let fast = TitleFolding.fast(title, ampersandIsText: true)
            #expect(fast != nil, "\(title.debugDescription) left the fast path")
            #expect(fast == TitleFolding.slow(title), "\(title.debugDescription)")
        }
    }

    /// Letters of both cases, digits, every quote, dash, space and invisible character
    /// mapped, and the expansions (`…`, `№`).
    static let alphabet: [Unicode.Scalar] = {
        let ranges: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0x09...0x0D, 0x400...0x45F, 0x2000...0x200B, 0x2010...0x2015, 0x2018...0x201F,
            0x2026...0x2026,
            0x2039...0x203A, 0xAB...0xAB, 0xBB...0xBB, 0xA0...0xA0, 0xAD...0xAD, 0x2212...0x2212,
            0x2116...0x2116, 0x202F...0x202F, 0x205F...0x2060, 0x3000...0x3000, 0xFEFF...0xFEFF,
            0xB0...0xB0, 0x20AC...0x20AC, 0x20BD...0x20BD, 0x85...0x85, 0x2028...0x2029,
        ]
        let extra = ranges.flatMap { $0 }.compactMap(Unicode.Scalar.init)
        // Weight the characters that interact (spaces, dashes, quotes) as heavily as letters.
        return extra + extra.filter { FoldedTitleBuilder.kind(of: $0.value) != .kept }
    }()

    /// The titles of every fixture table plus the demo's seed and partner titles.
    static func fixtureTitles() throws -> [String] {
        let pairs = DedupTables.rows(in: "dedup").flatMap { row in [row.fields[1], row.fields[3]] }
        let normalize = DedupTables.rows(in: "normalize").map { $0.fields[0] }
        let demo = try DemoData.seedHeadlines().map(\.title) + DemoData.partnerEntries().map(\.title)
        return pairs + normalize + demo
    }
}

/// A small seeded generator, so a failing generated case is reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
