import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The state database could not be opened, migrated, read or written.
///
/// Its description is one line in our words (the file, what is wrong, what to do); the
/// SQLite or system message behind it is kept in ``detail`` for `--verbose`.
public struct StateError: Error, CustomStringConvertible {
    /// What went wrong, as far as a user can act on it.
    public enum Problem: Sendable, Equatable {
        /// The file (or, with `directory`, the folder that holds it) cannot be written.
        case readOnly(directory: Bool)
        /// The file or its folder cannot be created or opened (permissions, missing parent).
        case cannotOpen
        /// The disk (or the user's quota) is full.
        case diskFull
        /// The file is not an intact SQLite database.
        case corrupt
        /// Another process kept the database locked for longer than we wait.
        case busy
        /// Reading or writing the file failed at the system level.
        case ioFailure
        /// Anything else; the detail says what.
        case other
    }

    /// The database file.
    public var path: String
    /// What kind of failure it was, which decides the advice shown.
    public var problem: Problem
    /// The underlying SQLite or system message, for `--verbose`.
    public var detail: String

    /// An error already classified, as tests and callers that know the problem build it.
    public init(path: String, problem: Problem, detail: String) {
        self.path = path
        self.problem = problem
        self.detail = detail
    }

    /// Classifies `underlying` (a GRDB `DatabaseError`, a Foundation error, …).
    public init(path: String, underlying: any Error) {
        self.path = path
        if let error = underlying as? DatabaseError {
            problem = Self.problem(error.resultCode, extended: error.extendedResultCode)
            detail = "SQLite error \(error.extendedResultCode.rawValue): \(error.message ?? "no message")"
        } else {
            let nsError = underlying as NSError
            problem = Self.problem(nsError)
            detail = "\(underlying)"
        }
        problem = Self.refined(problem, path: path)
    }

    /// `path: explanation`, the one line users see.
    public var description: String { "\(path): \(explanation(naming: path))" }

    /// The description followed by the underlying message.
    public var verboseDescription: String { "\(description)\n  detail: \(detail)" }

    /// What is wrong and what to do, without the path; the folder is named as in `shown`,
    /// the database's path as the user reads it.
    public func explanation(naming shown: String) -> String {
        let name = (shown as NSString).lastPathComponent
        let parent = (shown as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        switch problem {
        case .readOnly(directory: false):
            return "\(name) is read-only: make it writable by the user running feedwright, "
                + "or point state.path elsewhere in config.json"
        case .readOnly(directory: true):
            return "the folder \(folder) is read-only, so \(name) cannot be written: make the folder "
                + "writable by the user running feedwright, or point state.path elsewhere in config.json"
        case .cannotOpen:
            return "cannot create or open the state database (no permission, or its folder cannot be "
                + "created): make \(folder) writable by the user running feedwright, "
                + "or point state.path elsewhere in config.json"
        case .diskFull:
            return "the disk holding the state database is full: free some space and run the build again"
        case .corrupt:
            return "the state database is corrupt (not an intact SQLite file): the next feedwright build "
                + "moves it aside and rebuilds it from the published feeds"
        case .busy:
            return "the state database stayed locked by another process for too long: "
                + "run the build again once it has finished"
        case .ioFailure:
            return "reading or writing the state database failed (a disk or file system error): "
                + "check the disk, then run the build again"
        case .other:
            return "the state database could not be used: run with --verbose for the details"
        }
    }

    /// SQLite says "cannot open" or "read-only" for several causes; the file system tells
    /// which one the user has to fix: the file itself, or the folder (where SQLite creates
    /// its journal and we create the database and the lock).
    private static func refined(_ problem: Problem, path: String) -> Problem {
        switch problem {
        case .readOnly, .cannotOpen, .ioFailure, .other: break
        default: return problem
        }
        if access(path, F_OK) == 0, access(path, W_OK) != 0 { return .readOnly(directory: false) }
        let folder = (path as NSString).deletingLastPathComponent
        if access(folder, F_OK) == 0, access(folder, W_OK) != 0 { return .readOnly(directory: true) }
        return problem
    }

    private static func problem(_ code: ResultCode, extended: ResultCode) -> Problem {
        switch code {
        case .SQLITE_READONLY:
            return extended == .SQLITE_READONLY_DIRECTORY
                ? .readOnly(directory: true) : .readOnly(directory: false)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: return .cannotOpen
        case .SQLITE_FULL: return .diskFull
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .corrupt
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
        case .SQLITE_IOERR: return .ioFailure
        default: return .other
        }
    }

    private static func problem(_ error: NSError) -> Problem {
        let posix = (error.userInfo[NSUnderlyingErrorKey] as? NSError).map {
            $0.domain == NSPOSIXErrorDomain ? $0.code : 0
        }
        switch posix ?? 0 {
        case Int(EROFS), Int(EACCES), Int(EPERM): return .readOnly(directory: true)
        case Int(ENOSPC), Int(EDQUOT): return .diskFull
        default: break
        }
        switch error.code {
        case NSFileWriteVolumeReadOnlyError, NSFileWriteNoPermissionError: return .readOnly(directory: true)
        case NSFileWriteOutOfSpaceError: return .diskFull
        default: return .cannotOpen
        }
    }
}
