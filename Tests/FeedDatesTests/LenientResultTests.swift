import FeedDates
import Foundation
import Testing

@Suite("Lenient date results")
struct LenientResultTests {
    @Test("every repair has its own bit in the 32-bit set")
    func repairBits() {
        let all = LenientDate.Repair.allCases
        #expect(all.count <= 32)
        #expect(all.map(\.rawValue) == Array(0..<UInt8(all.count)))
    }

    @Test("Repairs is a set in declaration order")
    func repairSet() {
        var repairs: LenientDate.Repairs = [.leapSecond, .twoDigitYear, .leapSecond]
        #expect(Array(repairs) == [.twoDigitYear, .leapSecond])
        #expect(repairs.contains(.leapSecond) && !repairs.contains(.missingTime))
        repairs.remove(.leapSecond)
        #expect(repairs.description == "[twoDigitYear]")
        #expect(!repairs.isEmpty && LenientDate.Repairs().isEmpty)
        #expect(LenientDate.Repairs().description == "[]")
    }

    @Test("a Substring slice of a larger document parses like the String")
    func substring() throws {
        let line = "<pubDate>Mon, 12 May 2025 16:45:00 +0300</pubDate>"
        let start = try #require(line.firstIndex(of: ">"))
        let end = try #require(line.lastIndex(of: "<"))
        let slice = line[line.index(after: start)..<end]
        let zone = try TestParsing.zone("UTC")
        let parsed = LenientDate.parse(slice, defaultZone: zone)
        #expect(parsed != nil)
        #expect(parsed == LenientDate.parse(String(slice), defaultZone: zone))
    }

    /// Not a timing check: it pins the shape that keeps the hot path free of allocation. The
    /// result holds no references (the repairs are a bit set, not an array), and parsing the
    /// same date many times gives the same plain value.
    @Test("a typical RFC 822 parse yields a small reference-free value")
    func noHeapInResult() throws {
        #expect(_isPOD(LenientDate.Result.self))
        #expect(MemoryLayout<LenientDate.Result>.size <= 16)
        let zone = try TestParsing.zone("Europe/Moscow")
        let first = try #require(LenientDate.parse("Mon, 12 May 2025 16:45:00 +0300", defaultZone: zone))
        for _ in 0..<10_000 {
            #expect(LenientDate.parse("Mon, 12 May 2025 16:45:00 +0300", defaultZone: zone) == first)
        }
    }
}
