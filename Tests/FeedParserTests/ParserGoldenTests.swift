import FeedParser
import FeedTestSupport
import Foundation
import Testing

@Suite("Parsing every fixture gives its golden model")
struct ParserGoldenTests {
    @Test func theCorpusIsThere() {
        #expect(ParserFixtures.all.count >= 200)
    }

    @Test("fixture", arguments: ParserFixtures.all)
    func fixture(path: String) throws {
        let data = try ParserFixtures.data(path)
        let options = ParseOptions(documentURL: "https://fixtures.example.com/\(path)")
        let dump: [UInt8]
        do {
            dump = ModelDump.json(try Parser.parse(data, options: options))
        } catch {
            dump = ModelDump.json(error: error)
        }
        try Golden.check(
            dump, named: ParserFixtures.goldenName(for: path), in: ParserFixtures.goldenDirectory(for: path))
    }
}
