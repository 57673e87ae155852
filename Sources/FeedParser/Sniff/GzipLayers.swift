internal import CZlib
import Foundation

/// Feeds that arrive gzip-compressed after any HTTP content decoding: a server that gzips
/// an already gzipped file (the body still starts with `1F 8B` once decoded), or a `.gz`
/// file given as it is. Up to `maxLayers` layers are inflated, each bounded by the
/// document size limit, so a compression bomb stops at the limit.
enum GzipLayers {
    static let maxLayers = 3

    /// Whether `bytes` start with the gzip magic number.
    static func isGzip(_ bytes: Data) -> Bool {
        bytes.count >= 2 && bytes[bytes.startIndex] == 0x1F && bytes[bytes.startIndex + 1] == 0x8B
    }

    /// `data` with every gzip layer removed, and how many there were.
    static func inflated(_ data: Data, limit: Int) throws(FeedParseError) -> (Data, layers: Int) {
        var data = data
        var layers = 0
        while isGzip(data), layers < maxLayers {
            data = try inflate(data, limit: limit)
            layers += 1
        }
        return (data, layers)
    }

    /// One gzip layer (every member of it) inflated; fails past `limit` bytes or on
    /// corrupt data.
    static func inflate(_ compressed: Data, limit: Int) throws(FeedParseError) -> Data {
        var stream = z_stream()
        // 16 + 15: a gzip wrapper and the largest window.
        guard inflateInit2_(&stream, 16 + 15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw FeedParseError("the document is gzip-compressed, and zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        let failure: FeedParseError? = compressed.withUnsafeBytes { input -> FeedParseError? in
            stream.next_in = UnsafeMutablePointer(
                mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
                if output.count > limit {
                    return FeedParseError("the document is over \(limit) bytes once decompressed")
                }
                switch status {
                case Z_STREAM_END:
                    // Another gzip member may follow (concatenated files); anything else
                    // after the end (padding) is ignored, as gzip does.
                    guard stream.avail_in >= 2, stream.next_in[0] == 0x1F, stream.next_in[1] == 0x8B,
                        inflateReset(&stream) == Z_OK
                    else { return nil }
                case Z_OK:
                    continue
                case Z_BUF_ERROR where stream.avail_in == 0:
                    return FeedParseError("the document is gzip-compressed and cut short")
                default:
                    return FeedParseError("the document is gzip-compressed and corrupt")
                }
            }
        }
        if let failure { throw failure }
        return output
    }
}
