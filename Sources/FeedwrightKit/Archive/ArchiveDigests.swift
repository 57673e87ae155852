import Foundation

/// The archived ids as a sorted list of 64-bit digests (FNV-1a of the UTF-8 bytes), kept
/// in the state as one blob: whether a candidate is archived is a binary search, so a
/// build with 10,000 candidates and 100,000 archived items asks 10,000 questions of memory
/// instead of 10,000 index searches of SQLite (about 14 ms, more than the archive may
/// cost a build).
///
/// Two ids with the same digest count as one: an id is then taken for archived and not
/// published. For ids that are not made to collide, the chance is 100,000 / 2⁶⁴ (about
/// 5·10⁻¹⁵) per new item with 100,000 archived; a partner that crafts a collision only
/// keeps its own item out.
struct ArchiveDigests: Equatable {
    private(set) var sorted: [UInt64]

    /// The digests of `ids`.
    init(ids: some Sequence<String>) {
        sorted = ids.map(Self.digest).sorted()
    }

    /// The digests saved as `data`; `nil` when it is not a whole number of digests.
    init?(data: Data) {
        guard data.count % 8 == 0 else { return nil }
        var values = [UInt64](repeating: 0, count: data.count / 8)
        values.withUnsafeMutableBytes { _ = data.copyBytes(to: $0) }
        sorted = values.map(UInt64.init(littleEndian:))
    }

    var count: Int { sorted.count }

    /// The blob saved in the state, little-endian whatever the machine.
    var data: Data {
        sorted.map(\.littleEndian).withUnsafeBytes { Data($0) }
    }

    func contains(_ id: String) -> Bool {
        let value = Self.digest(id)
        var (low, high) = (0, sorted.count)
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }

    mutating func insert(_ ids: some Sequence<String>) {
        sorted = (sorted + ids.map(Self.digest)).sorted()
    }

    static func digest(_ id: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
