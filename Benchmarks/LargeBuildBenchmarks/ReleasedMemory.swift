#if canImport(Glibc)
    import Glibc
#endif

/// Hands memory the allocator keeps after `free` back to the system.
enum ReleasedMemory {
    /// glibc keeps freed heap pages resident for reuse; after setting up (hundreds of MB
    /// for the corpus and a priming build) they would count in the next iteration's peak.
    /// `malloc_trim` is glibc's alone and not in Swift's Glibc module, so it is looked up.
    static func trim() {
        #if canImport(Glibc)
            typealias Trim = @convention(c) (Int) -> Int32
            if let symbol = dlsym(nil, "malloc_trim") {
                _ = unsafeBitCast(symbol, to: Trim.self)(0)
            }
        #endif
    }
}
