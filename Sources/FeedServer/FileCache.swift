import Hummingbird
import NIOConcurrencyHelpers

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One version of a served file, with everything a response needs made once: the bytes,
/// their gzip form, both ETags and the `Last-Modified` text.
struct CachedFile: Sendable {
    /// What identifies this version on disk: a build renames a new file over the old one
    /// (new inode), an editor may rewrite in place (new size or mtime).
    struct Version: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int
    }

    var version: Version
    var mediaType: String
    var identity: ByteBuffer
    var identityETag: String
    /// `nil` for types that do not compress, or when gzip would not be smaller.
    var gzip: ByteBuffer?
    var gzipETag: String
    var lastModified: Int
    var lastModifiedText: String
}

/// The files served, kept in memory and revalidated with one `stat` per request: a build
/// (ours or cron's) is seen by the next request, and a file that did not change is never
/// read again.
final class FileCache: Sendable {
    /// Files above this size are read for each request instead of kept: the output
    /// directory holds feeds and pages, and a stray large file should not pin memory.
    static let largestCached = 32 << 20

    private let entries = NIOLockedValueBox<[String: CachedFile]>([:])

    /// The current version of the file at `realPath`, read only when it changed since it
    /// was cached; `nil` when it cannot be read (it then leaves the cache too).
    func file(at realPath: String, mediaType: String) -> CachedFile? {
        var status = stat()
        guard stat(realPath, &status) == 0 else { return forget(realPath) }
        let version = Self.version(status)
        if let cached = entries.withLockedValue({ $0[realPath] }), cached.version == version {
            return cached
        }
        guard let read = Self.read(realPath, mediaType: mediaType) else { return forget(realPath) }
        if read.version.size <= Int64(Self.largestCached) {
            entries.withLockedValue { $0[realPath] = read }
        }
        return read
    }

    private func forget(_ realPath: String) -> CachedFile? {
        _ = entries.withLockedValue { $0.removeValue(forKey: realPath) }
        return nil
    }

    /// Reads the file and prepares its representations; the version comes from the open
    /// descriptor, so a rename between our `stat` and `open` cannot pair old metadata with
    /// new bytes.
    private static func read(_ path: String, mediaType: String) -> CachedFile? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
            let bytes = readAll(descriptor, size: Int(status.st_size))
        else { return nil }
        let version = version(status)
        let gzip =
            MediaTypes.isCompressible(mediaType)
            ? Gzip.compress(bytes).flatMap { $0.count < bytes.count ? $0 : nil } : nil
        return CachedFile(
            version: version, mediaType: mediaType, identity: ByteBuffer(bytes: bytes),
            identityETag: ContentDigest.etag(of: bytes), gzip: gzip.map { ByteBuffer(bytes: $0) },
            gzipETag: ContentDigest.etag(of: bytes, suffix: "-gzip"),
            lastModified: version.modifiedSeconds, lastModifiedText: HTTPDate.format(version.modifiedSeconds))
    }

    private static func readAll(_ descriptor: Int32, size: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let count = bytes.withUnsafeMutableBytes {
                systemRead(descriptor, $0.baseAddress! + done, size - done)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            done += count
        }
        return bytes
    }

    private static func version(_ status: stat) -> CachedFile.Version {
        #if canImport(Darwin)
            let modified = status.st_mtimespec
        #else
            let modified = status.st_mtim
        #endif
        return CachedFile.Version(
            device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
            modifiedSeconds: Int(modified.tv_sec), modifiedNanoseconds: Int(modified.tv_nsec))
    }
}

#if canImport(Glibc)
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    private let systemRead = Darwin.read
#endif
