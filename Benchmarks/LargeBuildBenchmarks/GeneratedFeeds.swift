import BenchmarkSupport
import NIOConcurrencyHelpers
import NIOCore

/// The corpus served over HTTP, each body made when it is asked for: a server that held
/// 100,000 bodies would put 2.7 GB into the peak the benchmark measures.
///
/// Every twentieth source changes once per ``advance()`` (its ETag and five new items);
/// the rest keep revision 0 and answer a conditional request with `304 Not Modified`.
final class GeneratedFeeds: ServedDocuments {
    let corpus: SourceCorpus
    let count: Int
    private let round = NIOLockedValueBox(0)

    init(corpus: SourceCorpus, count: Int) {
        self.corpus = corpus
        self.count = count
    }

    static func path(_ source: Int) -> String { "/feeds/\(source).xml" }

    /// Whether `source` is one of those that change between builds.
    static func changes(_ source: Int) -> Bool { source.isMultiple(of: 20) }

    /// Moves the changing sources to their next revision: the next build fetches them.
    func advance() { round.withLockedValue { $0 += 1 } }

    func etag(for path: String) -> String? {
        guard let source = source(at: path) else { return nil }
        return "\"r\(revision(of: source))-\(source)\""
    }

    func body(for path: String) -> ByteBuffer {
        guard let source = source(at: path) else { return ByteBuffer() }
        return ByteBuffer(bytes: corpus.document(source: source, revision: revision(of: source)))
    }

    private func revision(of source: Int) -> Int {
        Self.changes(source) ? round.withLockedValue { $0 } : 0
    }

    private func source(at path: String) -> Int? {
        guard path.hasPrefix("/feeds/"), path.hasSuffix(".xml"),
            let source = Int(path.dropFirst("/feeds/".count).dropLast(".xml".count)),
            (0..<count).contains(source)
        else { return nil }
        return source
    }
}
