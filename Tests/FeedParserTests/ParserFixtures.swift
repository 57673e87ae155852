import FeedTestSupport
import Foundation

/// The parser's fixture corpus: every feed document under `Fixtures/feeds`, found by glob.
enum ParserFixtures {
    static let root = Fixtures.sourceDirectory().appendingPathComponent("Fixtures/feeds")
    static let goldens = Fixtures.sourceDirectory().appendingPathComponent("Goldens")

    /// Paths relative to `root`, e.g. `rss20/minimal.xml`.
    static let all: [String] = {
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".xml") || path.hasSuffix(".json") { paths.append(path) }
        }
        return paths.sorted()
    }()

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    static func goldenDirectory(for path: String) -> URL {
        goldens.appendingPathComponent((path as NSString).deletingLastPathComponent)
    }

    static func goldenName(for path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".model.json"
    }
}
