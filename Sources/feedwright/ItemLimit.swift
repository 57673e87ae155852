import ArgumentParser

/// `--max-items N`, shared by `convert` and `validate`: the libraries take a count, and
/// `0` on the command line means no limit, as in curl's and wget's size options.
enum ItemLimit {
    /// The default, the same as the parser's and the validator's.
    static let defaultValue = 10_000

    /// The count the libraries take; `nil` for a negative `N`, which is a usage error.
    static func count(_ option: Int) -> Int? {
        switch option {
        case 0: .max
        case 1...: option
        default: nil
        }
    }

    /// The usage error for a negative `N`.
    static func check(_ option: Int) throws {
        guard count(option) != nil else {
            throw ValidationError("--max-items must be 0 (no limit) or a positive number, not \(option)")
        }
    }
}
