import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// How many items a document holds, counted from the bytes once reading has stopped at the
/// item limit: the start tags of the item element (`<item`, `<entry`, or with the prefix the
/// document uses, followed by whitespace, `>` or `/`).
///
/// Parsing the rest only to count it would cost as much as reading it (seconds for a
/// million-item document); a string search over the bytes costs milliseconds, a chunk at
/// a time, so memory stays bounded. The count is of tags in the bytes: one inside a comment
/// or CDATA section counts too. A document in an encoding that does not write `<item` as
/// ASCII (UTF-16) shows fewer tags than were read, and gets no count.
enum ItemTagCount {
    /// The count, or `nil` when it cannot be trusted: fewer tags than items read, or a
    /// file larger than `maxBytes` (the reader stopped there too).
    static func count(_ input: XMLInput, itemName: String, itemsRead: Int, maxBytes: Int) -> Int? {
        var counter = Counter(needle: Array(("<" + itemName).utf8))
        switch input {
        case .bytes(let bytes):
            for start in stride(from: 0, to: bytes.count, by: chunkSize) {
                counter.add(bytes[start..<min(start + chunkSize, bytes.count)])
            }
        case .file(let path):
            guard countFile(path, into: &counter, maxBytes: maxBytes) else { return nil }
        }
        return counter.count > itemsRead ? counter.count : nil
    }

    private static let chunkSize = 1 << 20

    /// False when the file cannot be read to its end within `maxBytes`.
    private static func countFile(_ path: String, into counter: inout Counter, maxBytes: Int) -> Bool {
        guard let file = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? file.close() }
        var read = 0
        while read <= maxBytes {
            // Foundation answers `nil` or empty data at the end of the file.
            guard let chunk = try? file.read(upToCount: chunkSize) ?? Data() else { return false }
            guard !chunk.isEmpty else { return true }
            read += chunk.count
            counter.add(chunk)
        }
        return false
    }

    /// Counts tags chunk by chunk: each window is the last bytes of the chunk before (a tag
    /// cut by its end) and this chunk, ended by a NUL for `strstr` (glibc's is fast; Swift's
    /// standard library has no `memmem`). A NUL inside the bytes ends a segment, and the
    /// search goes on after it.
    struct Counter {
        let needle: [UInt8]
        private(set) var count = 0
        private var carry: [UInt8] = []

        init(needle: [UInt8]) {
            self.needle = needle
        }

        mutating func add(_ chunk: some Collection<UInt8>) {
            var window = carry
            window.append(contentsOf: chunk)
            carry = Array(window.suffix(needle.count))
            window.append(0)
            count += Self.tags(needle + [0], in: window)
        }

        /// Tags whose name and the byte after it both lie before the window's final NUL.
        private static func tags(_ needle: [UInt8], in window: [UInt8]) -> Int {
            let end = window.count - 1
            let length = needle.count - 1
            return window.withUnsafeBufferPointer { buffer in
                needle.withUnsafeBufferPointer { pattern in
                    let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                    let name = UnsafeRawPointer(pattern.baseAddress!).assumingMemoryBound(to: CChar.self)
                    var found = 0
                    var segment = 0
                    while segment < end {
                        var from = base + segment
                        while let hit = strstr(from, name) {
                            let at = base.distance(to: UnsafePointer(hit))
                            if at + length < end, ItemTagCount.isNameEnd(buffer[at + length]) { found += 1 }
                            from = UnsafePointer(hit) + length
                        }
                        segment += strlen(base + segment) + 1
                    }
                    return found
                }
            }
        }
    }

    static func isNameEnd(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/"): true
        default: false
        }
    }
}
