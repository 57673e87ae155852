/// A fixture that cannot be read as written; thrown so the case fails with the reason instead
/// of passing without checking anything.
struct FixtureError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
