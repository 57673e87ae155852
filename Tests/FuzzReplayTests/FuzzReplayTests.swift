import FeedFuzzTargets
import Foundation
import Testing

/// Every input the fuzzers kept (`Fuzz/Corpus/<target>/`) and every crash they found
/// (`Fuzz/Regressions/<target>/`, named after what broke) runs through its target again,
/// so that a fixed crash stays fixed and the invariants hold on all of them.
@Suite("Fuzz corpus replay")
struct FuzzReplayTests {
    static let fuzzDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static func inputs(_ folder: String, _ target: FuzzTarget) -> [URL] {
        FuzzReplay.inputs(under: fuzzDirectory.appendingPathComponent("\(folder)/\(target.rawValue)"))
    }

    @Test(arguments: FuzzTarget.allCases)
    func corpusReplays(_ target: FuzzTarget) throws {
        let corpus = Self.inputs("Corpus", target)
        #expect(!corpus.isEmpty, "no committed corpus for \(target.rawValue): run `make fuzz`")
        for input in corpus + Self.inputs("Regressions", target) {
            target.run(try Data(contentsOf: input))
        }
    }

    @Test func regressionsAreNamedAfterWhatBroke() {
        for target in FuzzTarget.allCases {
            for input in Self.inputs("Regressions", target) {
                let name = input.deletingPathExtension().lastPathComponent
                #expect(
                    !name.hasPrefix("crash-") && name.count > 8, "\(input.path): name it after what broke")
            }
        }
    }
}
