import Testing
@testable import ArchiveStore

@Suite struct HeapRetentionTests {
    /// glibc refuses values out of its range (an mmap threshold above 32 MB on 64-bit) and the C
    /// side compiles to a no-op when it does not see glibc: either would silently lose the setting.
    @Test func glibcTakesBothSettings() {
        #if os(Linux) && canImport(Glibc)
        #expect(HeapRetention.apply())
        #expect(HeapRetention.apply(), "applying again is harmless")
        #else
        #expect(!HeapRetention.apply())
        #endif
    }
}
