public import Foundation

/// A document to parse: bytes in memory, or a file read as a stream.
public enum FeedInput: Sendable {
    /// A whole document already in memory (an HTTP body, a test fixture).
    case data(Data)
    /// A file, streamed from disk so a large XML feed never sits in memory whole.
    case file(path: String)

    func data(limit: Int) throws(FeedParseError) -> Data {
        switch self {
        case .data(let data):
            guard data.count <= limit else { throw FeedParseError("the document is over \(limit) bytes") }
            return data
        case .file(let path):
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
                guard data.count <= limit else { throw FeedParseError("the document is over \(limit) bytes") }
                return data
            } catch let error as FeedParseError {
                throw error
            } catch {
                throw FeedParseError("\(path): cannot read: \(error.localizedDescription)")
            }
        }
    }

    /// The first `count` bytes (all of them for data in memory, which costs no copy), and
    /// whether they are the whole document.
    func prefix(_ count: Int) throws(FeedParseError) -> (Data, isComplete: Bool) {
        switch self {
        case .data(let data):
            return (data, true)
        case .file(let path):
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw FeedParseError("\(path): cannot open")
            }
            defer { try? handle.close() }
            let prefix = (try? handle.read(upToCount: count)) ?? Data()
            return (prefix, prefix.count < count)
        }
    }

    /// The size of a file input in bytes; 0 for data or an unreadable file.
    func fileSize() -> Int {
        guard case .file(let path) = self,
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber
        else { return 0 }
        return size.intValue
    }

    func xmlInput() -> XMLInput {
        switch self {
        case .data(let data): .bytes([UInt8](data))
        case .file(let path): .file(path)
        }
    }
}
