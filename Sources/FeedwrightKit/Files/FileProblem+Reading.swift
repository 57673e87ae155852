import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension FileProblem {
    /// Why `path` cannot be read as a file, or `nil` when it can: it is opened for reading
    /// (as the reader will), so the answer covers permissions and missing directories too.
    public static func reading(_ path: String) -> FileProblem? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return FileProblem(errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return FileProblem(errno: errno) }
        if status.st_mode & S_IFMT == S_IFDIR { return FileProblem(errno: EISDIR) }
        return nil
    }
}
