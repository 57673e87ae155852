/// One generated publisher: its language, format, pace and the stories it carries.
struct PartnerProfile {
    let corpus: SourceCorpus
    let index: Int
    let russian: Bool
    let writesAtom: Bool
    /// Seconds between two of its items: 10 minutes to 3 hours.
    let interval: Int64
    /// How long before the corpus anchor its revision-0 feed's newest item is dated.
    let phase: Int64

    init(corpus: SourceCorpus, index: Int) {
        self.corpus = corpus
        self.index = index
        let traits = corpus.mix(index, 1)
        russian = traits % 2 == 0
        writesAtom = (traits >> 8) % 10 == 3
        interval = 600 + Int64((traits >> 16) % 10_200)
        phase = Int64((traits >> 32) % 7_200)
    }

    var host: String { "partner\(index).example.net" }

    /// The instant of its item `sequence` (larger is newer), in seconds since 1970.
    func instant(of sequence: Int) -> Int64 {
        SourceCorpus.anchor - phase - Int64(SourceCorpus.itemsPerSource - 1 - sequence) * interval
    }

    /// Where its item `sequence` comes from: its own story, or, for about one item in
    /// seven, an earlier publisher's story of the same sequence, retold minutes later.
    func story(of sequence: Int) -> Story {
        var origin = index
        while let earlier = PartnerProfile(corpus: corpus, index: origin).retold(sequence) {
            origin = earlier
        }
        guard origin != index else {
            return Story(source: index, sequence: sequence, instant: instant(of: sequence))
        }
        let delay = Int64(2 + corpus.mix(index, sequence, 3) % 10) * 60
        let original = PartnerProfile(corpus: corpus, index: origin).instant(of: sequence)
        return Story(source: origin, sequence: sequence, instant: original + delay)
    }

    /// The earlier publisher whose story this one's item `sequence` retells, if it does.
    private func retold(_ sequence: Int) -> Int? {
        guard index > 0 else { return nil }
        let draw = corpus.mix(index, sequence, 2)
        guard draw % 100 < 15 else { return nil }
        return max(0, index - 1 - Int((draw >> 8) % 8))
    }
}

/// A story as one publisher's item tells it: whose story it is (which decides the title)
/// and when this publisher dated it.
struct Story {
    let source: Int
    let sequence: Int
    let instant: Int64
}
