/// The values one field allows, as a bitmask (bit `n` set when value `n` is allowed). Day of
/// week is stored folded to 0-6, so `7` and `0` are the same Sunday.
struct CronValueSet: Sendable, Hashable {
    private(set) var bits: UInt64 = 0

    init() {}

    init(_ values: some Sequence<Int>) {
        for value in values { insert(value) }
    }

    mutating func insert(_ value: Int) {
        bits |= 1 << UInt64(value)
    }

    func contains(_ value: Int) -> Bool {
        value >= 0 && value < 64 && bits & (1 << UInt64(value)) != 0
    }

    /// The allowed values in ascending order.
    var values: [Int] {
        (0..<64).filter { contains($0) }
    }

    var isEmpty: Bool { bits == 0 }
}

extension CronValueSet {
    /// The field written back in a canonical form, so equal sets print equally: a field
    /// that was written starting with `*` prints as `*` or `*/step` (keeping the Vixie
    /// "unrestricted" flag that the day-matching and DST rules read), anything else as
    /// numbers, with runs of three or more as `a-b` and progressions of four or more as
    /// `a-b/step`.
    func rendered(startsWithStar: Bool, in field: CronField) -> String {
        guard startsWithStar else { return Self.compress(values) }
        let bounds = field == .dayOfWeek ? 0...6 : field.bounds
        // The smallest step whose progression from the first value fits inside the set
        // always exists (a field starting with `*` contains its own `*/step`), and what it
        // does not cover is written after it as a list.
        for step in 1...bounds.count {
            let progression = CronValueSet(
                stride(from: bounds.lowerBound, through: bounds.upperBound, by: step))
            guard bits & progression.bits == progression.bits else { continue }
            let head = step == 1 ? "*" : "*/\(step)"
            let rest = CronValueSet(bits: bits & ~progression.bits)
            return rest.isEmpty ? head : head + "," + Self.compress(rest.values)
        }
        return Self.compress(values)
    }

    private init(bits: UInt64) {
        self.bits = bits
    }

    /// Greedy: from each value, take the longest run with a constant difference.
    private static func compress(_ values: [Int]) -> String {
        var items: [String] = []
        var index = 0
        while index < values.count {
            let length = progressionLength(values, from: index)
            let first = values[index]
            let last = values[index + length - 1]
            let step = length > 1 ? values[index + 1] - first : 1
            if step == 1 && length >= 3 {
                items.append("\(first)-\(last)")
            } else if length >= 4 {
                items.append("\(first)-\(last)/\(step)")
            } else {
                items.append("\(first)")
                index += 1
                continue
            }
            index += length
        }
        return items.joined(separator: ",")
    }

    private static func progressionLength(_ values: [Int], from index: Int) -> Int {
        guard index + 1 < values.count else { return 1 }
        let step = values[index + 1] - values[index]
        var end = index + 1
        while end + 1 < values.count && values[end + 1] - values[end] == step { end += 1 }
        return end - index + 1
    }
}
