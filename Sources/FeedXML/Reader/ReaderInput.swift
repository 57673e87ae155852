#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where ``XMLStreamReader`` gets its bytes: an array it holds, or a file it streams in
/// chunks. Either way the first ``sniffWindow`` bytes are available up front for
/// ``XMLEncodingSniffer``.
enum ReaderInput {
    /// Bytes handed to libxml2 per `xmlParseChunk` call.
    static let chunkSize = 64 << 10
    /// How much of the document the encoding sniffer examines.
    static let sniffWindow = 1 << 20

    case memory(MemoryInput)
    case file(FileInput)
}

/// In-memory bytes and how far they have been fed.
struct MemoryInput {
    let bytes: [UInt8]
    var offset: Int
}

/// An open file, read with `read(2)` into a reusable buffer. Owns the descriptor and the
/// buffer; both are released in `deinit`.
final class FileInput {
    let path: String
    private let fd: Int32
    let buffer: UnsafeMutableRawPointer
    /// The first bytes of the file, read ahead for sniffing and fed before the rest.
    var prefix: [UInt8] = []
    var prefixOffset = 0
    /// Bytes read so far, checked against the size limit while streaming.
    var bytesRead = 0
    /// The file's size at open time, or `nil` for a pipe or device.
    let size: Int?
    /// `errno` of the last failed read.
    private(set) var lastErrno: Int32 = 0

    init(path: String, maxBytes: Int) throws(XMLReadError) {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw XMLReadError(.cannotOpen(errno: errno), path: path) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw XMLReadError(.cannotOpen(errno: code), path: path)
        }
        let type = Int(info.st_mode) & 0o170000
        let isRegular = type == 0o100000
        if type == 0o040000 {
            close(fd)
            throw XMLReadError(.isDirectory, path: path)
        }
        if isRegular, Int(info.st_size) > maxBytes {
            close(fd)
            throw XMLReadError(.tooLarge(size: Int(info.st_size), limit: maxBytes), path: path)
        }
        self.fd = fd
        self.size = isRegular ? Int(info.st_size) : nil
        buffer = .allocate(byteCount: ReaderInput.chunkSize, alignment: 16)
    }

    deinit {
        buffer.deallocate()
        close(fd)
    }

    /// Reads the first ``ReaderInput/sniffWindow`` bytes (fewer at end of file) into
    /// ``prefix``. Returns the read error's `errno`, if any.
    func readPrefix() -> Int32? {
        // A regular file's size bounds the read, so small feeds do not pay for a full window.
        let capacity = Swift.min(ReaderInput.sniffWindow, (size ?? ReaderInput.sniffWindow) + 1)
        var failure: Int32?
        var reachedEnd = false
        prefix = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var filled = 0
            while filled < buffer.count {
                let n = readSome(into: buffer.baseAddress! + filled, count: buffer.count - filled)
                if n < 0 { failure = lastErrno }
                if n <= 0 {
                    reachedEnd = n == 0
                    break
                }
                filled += n
            }
            count = filled
        }
        prefixIsWholeFile = reachedEnd
        bytesRead = prefix.count
        return failure
    }

    /// Whether ``readPrefix()`` reached the end of the file.
    private(set) var prefixIsWholeFile = false

    /// Bytes at the start of ``buffer`` kept from the previous chunk (the start of a UTF-8
    /// sequence the chunk cut), to be handed on with the next one.
    var carry = 0
    /// The offset in the file of ``buffer``'s first byte (of the prefix, once it is fed).
    var bufferOffset = 0

    /// Reads up to a chunk into ``buffer`` after the carried bytes: the count of new bytes,
    /// 0 at end of file, -1 on error.
    func readChunk() -> Int {
        let n = readSome(into: buffer + carry, count: ReaderInput.chunkSize - carry)
        if n > 0 { bytesRead += n }
        return n
    }

    /// Calls `body` with the file's bytes from its start up to `end`, a block at a time, read
    /// again with `pread(2)` (for a diagnostic's line number); `false` when the file cannot
    /// be read again (a pipe).
    func rescan(upTo end: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        guard size != nil else { return false }
        let block = UnsafeMutablePointer<UInt8>.allocate(capacity: ReaderInput.chunkSize)
        defer { block.deallocate() }
        var offset = 0
        while offset < end {
            let n = pread(fd, block, Swift.min(ReaderInput.chunkSize, end - offset), off_t(offset))
            if n <= 0 { return false }
            body(UnsafeBufferPointer(start: block, count: n))
            offset += n
        }
        return true
    }

    private func readSome(into destination: UnsafeMutableRawPointer, count: Int) -> Int {
        while true {
            let n = read(fd, destination, count)
            if n >= 0 { return n }
            lastErrno = errno
            if lastErrno != EINTR { return n }
        }
    }
}
