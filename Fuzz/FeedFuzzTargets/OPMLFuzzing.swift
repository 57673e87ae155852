import FeedFormats
import FeedParser
import FeedWriter
import FeedwrightKit
import Foundation

/// Reads any bytes as an OPML subscription list. A refusal must be one line; an accepted
/// list must write back to bytes that read as the same list (and write the same again),
/// and its import plan must account for every feed with names that differ.
enum OPMLFuzzing {
    static func run(_ input: Data) {
        let document: OPMLDocument
        do {
            document = try OPMLReader.read(bytes: [UInt8](input), name: "fuzz.opml")
        } catch {
            invariant(!error.description.contains("\n"), "an OPML error spans lines: \(error.description)")
            return
        }
        checkRoundTrip(document)
        let plan = SourcesImportPlan(
            document, existing: [], configDirectory: URL(fileURLWithPath: "/srv/news"))
        invariant(
            plan.additions.count + plan.skips.count == document.subscriptions.count,
            "the plan lost an outline")
        let names = plan.additions.map { $0.name.lowercased() }
        invariant(Set(names).count == names.count, "two added sources share a name: \(names)")
    }

    private static func checkRoundTrip(_ document: OPMLDocument) {
        guard let written = try? document.xmlBytes() else { broken("an accepted list cannot be written") }
        guard let reread = try? OPMLReader.read(bytes: written, name: "written.opml") else {
            broken("our own OPML is refused: \(String(decoding: written, as: UTF8.self).prefix(500))")
        }
        invariant(reread == document, "the written list reads back different")
        invariant((try? reread.xmlBytes()) == written, "writing the list twice gives different bytes")
    }
}
