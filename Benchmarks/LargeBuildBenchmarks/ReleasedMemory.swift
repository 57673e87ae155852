#if canImport(Glibc)
    import Glibc
#endif

/// Hands memory the allocator keeps after `free` back to the system.
enum ReleasedMemory {
    /// glibc keeps freed heap pages resident for reuse; after setting up (hundreds of MB
    /// for the corpus and a priming build) they would count in the next iteration's peak.
    static func trim() {
        #if canImport(Glibc)
            malloc_trim(0)
        #endif
    }
}
