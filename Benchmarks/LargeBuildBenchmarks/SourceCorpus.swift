import Foundation

/// The partner feeds of a large aggregation, generated from a seed: every byte of a source's
/// document follows from (seed, source, revision), so a server can make a body when it is
/// asked for instead of holding it, and two runs read the same inputs.
///
/// Each feed has 50 items (about 27 KB): RSS 2.0, except every tenth source on average,
/// which is Atom 1.0. Half the publishers write in Russian. Items are spaced 10 minutes to
/// 3 hours apart, so a source's window covers hours to days, and about one item in seven
/// retells a story of an earlier source under the same title, 2 to 11 minutes later: the
/// duplicates a real wire story leaves across regional publishers.
struct SourceCorpus: Sendable {
    static let itemsPerSource = 50
    /// Items a changed source gains with each revision (the oldest as many drop out).
    static let newItemsPerRevision = 5
    /// The instant of a revision-0 feed's newest item, give or take the source's phase: a
    /// fixed past date, so that the output does not depend on the day it is generated and
    /// the build never sees items from the future.
    static let anchor: Int64 = 1_747_008_000  // 2025-05-12T00:00:00Z

    let seed: UInt64

    init(seed: UInt64 = 19) {
        self.seed = seed
    }

    /// The document of `source` at `revision` (0 is the first; each later one has
    /// ``newItemsPerRevision`` newer items).
    func document(source: Int, revision: Int = 0) -> [UInt8] {
        let publisher = PartnerProfile(corpus: self, index: source)
        let newest = Self.itemsPerSource - 1 + revision * Self.newItemsPerRevision
        let sequences = (0..<Self.itemsPerSource).map { newest - $0 }
        var writer = FeedText(capacity: 30_000)
        if publisher.writesAtom {
            AtomDocument(corpus: self, publisher: publisher).write(items: sequences, to: &writer)
        } else {
            RSSDocument(corpus: self, publisher: publisher).write(items: sequences, to: &writer)
        }
        return writer.bytes
    }

    /// Writes the revision-0 documents of sources `0..<count` under `directory` (a thousand
    /// a folder), on every core, and returns their paths in source order.
    func write(sources count: Int, to directory: URL) throws -> [String] {
        let paths = (0..<count).map { Self.path(of: $0, in: directory) }
        for folder in stride(from: 0, to: count, by: 1_000) {
            try FileManager.default.createDirectory(
                atPath: (paths[folder] as NSString).deletingLastPathComponent,
                withIntermediateDirectories: true)
        }
        let chunks = (count + 999) / 1_000
        let failures = FailureList()
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for source in (chunk * 1_000)..<min(count, (chunk + 1) * 1_000) {
                let body = document(source: source)
                if !FileManager.default.createFile(atPath: paths[source], contents: Data(body)) {
                    failures.add(paths[source])
                }
            }
        }
        if let path = failures.first { throw CorpusError.cannotWrite(path) }
        return paths
    }

    static func path(of source: Int, in directory: URL) -> String {
        directory.appendingPathComponent("\(source / 1_000)/\(source).xml").path
    }

    /// A deterministic 64-bit value for the parts (splitmix64 over the seed and each part;
    /// fixed arity, because a variadic array per call was half the generator's time).
    func mix(_ first: Int, _ second: Int = 0, _ third: Int = 0, _ fourth: Int = 0) -> UInt64 {
        var state = Self.splitmix(seed ^ UInt64(bitPattern: Int64(first)))
        state = Self.splitmix(state ^ UInt64(bitPattern: Int64(second)))
        state = Self.splitmix(state ^ UInt64(bitPattern: Int64(third)))
        return Self.splitmix(state ^ UInt64(bitPattern: Int64(fourth)))
    }

    private static func splitmix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    enum CorpusError: Error, CustomStringConvertible {
        case cannotWrite(String)

        var description: String {
            switch self {
            case .cannotWrite(let path): "cannot write the generated feed \(path) (disk full?)"
            }
        }
    }
}

/// The paths that could not be written, collected from concurrent writers.
private final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: [String] = []

    func add(_ path: String) { lock.withLock { paths.append(path) } }

    var first: String? { lock.withLock { paths.first } }
}
