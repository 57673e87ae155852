import FeedTestSupport
import Foundation

/// The OPML corpus: `Fixtures/opml/*.opml` read with the subscriptions listed in a sidecar
/// `NAME.expected.tsv` (name, xmlUrl, htmlUrl per line), and `Fixtures/opml-refused/*.opml`
/// refused with the one line in a sidecar `NAME.error`; found by glob.
enum OPMLFixtures {
    static let accepted = Fixtures.sourceDirectory().appendingPathComponent("Fixtures/opml")
    static let refused = Fixtures.sourceDirectory().appendingPathComponent("Fixtures/opml-refused")

    static func names(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".opml") }.sorted()
    }

    static func bytes(_ name: String, in folder: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// The sidecar beside fixture `name` with `suffix` in place of `.opml`.
    static func sidecar(_ name: String, _ suffix: String, in folder: URL) throws -> String {
        let sidecar = String(name.dropLast(".opml".count)) + suffix
        return try String(contentsOf: folder.appendingPathComponent(sidecar), encoding: .utf8)
    }
}
