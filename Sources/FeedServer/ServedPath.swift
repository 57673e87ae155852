#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a request target leads inside the output directory. The path is decoded here,
/// segment by segment, not by a library that might normalise `..` before we see it.
enum ServedPath: Equatable {
    /// A regular file: its real path and its path relative to the output directory.
    case file(realPath: String, relative: String)
    /// A directory asked for without its trailing slash: the location to redirect to, so
    /// that the relative links of its `index.html` resolve.
    case redirect(String)
    /// Nothing to serve: missing, a dotfile, outside the directory, or a directory without
    /// `index.html`. One answer for all, so that a probe learns nothing.
    case notFound
    /// Not an origin-form target, or malformed percent-encoding.
    case badRequest

    /// Resolves `target` (the raw request target, query included) against `root`, the
    /// output directory's real path (`realpath`, no trailing slash).
    static func resolve(_ target: String, root: String) -> ServedPath {
        guard let segments = segments(of: target) else { return .badRequest }
        guard !segments.isEmpty, segments.allSatisfy(isServable) else { return .notFound }
        let joined = segments.joined(separator: "/")
        let endsWithSlash = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
            .hasSuffix("/")
        return locate(joined, root: root, endsWithSlash: endsWithSlash || joined.isEmpty)
    }

    /// The decoded, non-empty segments of the target's path; `nil` when it is not
    /// origin-form or a segment does not decode. `[""]` stands for the root.
    static func segments(of target: String) -> [String]? {
        let path = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        guard path.hasPrefix("/") else { return nil }
        var decoded: [String] = []
        for raw in path.split(separator: "/") {
            guard let segment = percentDecoded(raw) else { return nil }
            decoded.append(segment)
        }
        return decoded.isEmpty ? [""] : decoded
    }

    /// A segment we serve: not `.`, `..` or any other name starting with a dot (builds
    /// stage their files as dotfiles), and with no slash, backslash or NUL that decoding
    /// revealed.
    static func isServable(_ segment: String) -> Bool {
        if segment.isEmpty { return true }
        return !segment.hasPrefix(".") && !segment.utf8.contains { $0 == 0x2F || $0 == 0x5C || $0 == 0 }
    }

    private static func locate(_ relative: String, root: String, endsWithSlash: Bool) -> ServedPath {
        guard let real = realPath(relative.isEmpty ? root : root + "/" + relative, inside: root) else {
            return .notFound
        }
        var status = stat()
        guard stat(real, &status) == 0 else { return .notFound }
        if status.st_mode & S_IFMT == S_IFREG { return .file(realPath: real, relative: relative) }
        guard status.st_mode & S_IFMT == S_IFDIR else { return .notFound }
        if !endsWithSlash { return .redirect("/" + relative + "/") }
        let index = relative.isEmpty ? "index.html" : relative + "/index.html"
        guard let indexReal = realPath(root + "/" + index, inside: root), stat(indexReal, &status) == 0,
            status.st_mode & S_IFMT == S_IFREG
        else { return .notFound }
        return .file(realPath: indexReal, relative: index)
    }

    /// The real path of `path` (symlinks followed), or `nil` when it does not exist or is
    /// not `root` or below it.
    static func realPath(_ path: String, inside root: String) -> String? {
        guard let real = realPath(path), real == root || real.hasPrefix(root + "/") else { return nil }
        return real
    }

    /// `realpath(3)`: absolute, symlinks followed; `nil` when `path` does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `%XX` decoded; `nil` for a `%` not followed by two hex digits or bytes that are not
    /// UTF-8.
    static func percentDecoded(_ raw: Substring) -> String? {
        guard raw.utf8.contains(0x25) else { return String(raw) }
        var bytes: [UInt8] = []
        var iterator = raw.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == 0x25 else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue)
            else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
