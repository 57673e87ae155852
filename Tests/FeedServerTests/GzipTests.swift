import CZlib
import Testing

@testable import FeedServer

@Suite("gzip and ETags")
struct GzipTests {
    @Test("zlib inflates our gzip stream back to the same bytes")
    func roundTrip() throws {
        let text = Array(String(repeating: "<item><title>Héllo</title></item>\n", count: 500).utf8)
        let compressed = try #require(Gzip.compress(text))
        #expect(compressed.count < text.count / 10)
        #expect(compressed.prefix(2) == [0x1f, 0x8b])
        #expect(try inflate(compressed, expected: text.count) == text)
    }

    @Test("The ETag changes with the bytes and differs for the gzip form")
    func etags() {
        let one = ContentDigest.etag(of: Array("one".utf8))
        #expect(one == ContentDigest.etag(of: Array("one".utf8)))
        #expect(one != ContentDigest.etag(of: Array("onf".utf8)))
        #expect(one != ContentDigest.etag(of: Array("one".utf8), suffix: "-gzip"))
        #expect(one.hasPrefix("\"") && one.hasSuffix("\""))
    }

    private func inflate(_ compressed: [UInt8], expected: Int) throws -> [UInt8] {
        var stream = z_stream()
        try #require(
            inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK)
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: expected + 16)
        let status = compressed.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(out.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        try #require(status == Z_STREAM_END)
        return Array(output.prefix(Int(stream.total_out)))
    }
}
