import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a file could not be read or written, in words a user knows ("no such file",
/// "permission denied"), with what to do where there is something to say.
///
/// Foundation's errors print as `Error Domain=NSCocoaErrorDomain Code=516 …` and POSIX's
/// as `No such file or directory`; every message that reaches a user goes through this
/// type instead, so that the same failure reads the same way in every command.
public struct FileProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, lower case and without the path: `no such file`.
    public var reason: String
    /// What the user can do about it, when there is anything general to say.
    public var advice: String?

    /// A problem told in the caller's own words.
    public init(reason: String, advice: String? = nil) {
        self.reason = reason
        self.advice = advice
    }

    /// The problem an `errno` value stands for.
    public init(errno code: Int32) {
        switch code {
        case ENOENT: self.init(reason: "no such file")
        case EACCES, EPERM:
            self.init(
                reason: "permission denied",
                advice: "check the permissions of the file and of the directories above it")
        case EISDIR: self.init(reason: "is a directory")
        case ENOTDIR: self.init(reason: "not a directory", advice: "a part of the path is a file")
        case EEXIST: self.init(reason: "already exists")
        case ENOSPC, EDQUOT: self.init(reason: "no space left on the device", advice: "free some space")
        case EROFS:
            self.init(reason: "read-only file system", advice: "choose a place on a writable file system")
        case ENAMETOOLONG: self.init(reason: "the name is too long")
        case ELOOP: self.init(reason: "too many levels of symbolic links")
        case EMFILE, ENFILE: self.init(reason: "too many open files", advice: "raise the limit (ulimit -n)")
        case EIO: self.init(reason: "input/output error", advice: "the disk may be failing")
        case ETXTBSY, EBUSY: self.init(reason: "the file is busy")
        default: self.init(reason: String(cString: strerror(code)).lowercased())
        }
    }

    /// The problem behind any error a file operation threw: a `POSIXError`, a
    /// `CocoaError` (through its underlying POSIX error when it has one), or an `NSError`
    /// in the POSIX domain.
    public init(_ error: any Error) {
        if let problem = error as? FileProblem {
            self = problem
        } else if let code = Self.errnoCode(of: error) {
            self.init(errno: code)
        } else if let cocoa = error as? CocoaError, let code = Self.errnoCode(for: cocoa.code) {
            self.init(errno: code)
        } else {
            let code = (error as NSError).code
            self.init(reason: "the operation failed (error \(code))")
        }
    }

    /// `reason; advice`.
    public var description: String {
        [reason, advice].compactMap { $0 }.joined(separator: "; ")
    }

    private static func errnoCode(of error: any Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let object = error as NSError
        if object.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: object.code) }
        if let underlying = object.userInfo[NSUnderlyingErrorKey] as? any Error {
            return errnoCode(of: underlying)
        }
        return nil
    }

    /// The POSIX meaning of the Cocoa codes that have one, for errors that carry no
    /// underlying POSIX error.
    private static func errnoCode(for code: CocoaError.Code) -> Int32? {
        switch code {
        case .fileNoSuchFile, .fileReadNoSuchFile: ENOENT
        case .fileReadNoPermission, .fileWriteNoPermission: EACCES
        case .fileWriteFileExists: EEXIST
        case .fileWriteOutOfSpace: ENOSPC
        case .fileWriteVolumeReadOnly: EROFS
        default: nil
        }
    }
}
