import FeedModel
import FeedTestSupport
import FeedWriter
import Foundation
import Testing

@Suite("Writers match their golden files")
struct WriterGoldenTests {
    static let goldens = Fixtures.sourceDirectory().appendingPathComponent("Goldens")

    static let cases: [(String, FeedFormat)] = SampleFeeds.all.flatMap { sample in
        FeedFormat.allCases.map { (sample.name, $0) }
    }

    @Test("golden", arguments: cases)
    func golden(name: String, format: FeedFormat) throws {
        let feed = try #require(SampleFeeds.all.first { $0.name == name }?.feed)
        let context = WriteContext(
            timeZone: SampleFeeds.moscow, selfURL: "https://news.example.com/feeds/\(name).\(format.rawValue)"
        )
        let bytes = try FeedRenderer.render(feed, as: format, context: context)
        try Golden.check(bytes, named: "\(name).\(format.fileExtension)", in: Self.goldens)
    }

    @Test("same input, same bytes", arguments: FeedFormat.allCases)
    func deterministic(format: FeedFormat) throws {
        let context = WriteContext(timeZone: SampleFeeds.moscow)
        let first = try FeedRenderer.render(SampleFeeds.kitchenSink, as: format, context: context)
        let second = try FeedRenderer.render(SampleFeeds.kitchenSink, as: format, context: context)
        #expect(first == second)
    }
}

extension FeedFormat {
    var fileExtension: String { self == .json ? "json" : "\(rawValue).xml" }
}
