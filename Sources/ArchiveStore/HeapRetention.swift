import CHeapRetention

/// An ingest allocates and frees a few hundred megabytes a second across its threads (bodies,
/// tokens, batches of results, SQLite pages). By default glibc hands freed memory at the top of a
/// heap back to the kernel beyond 128 KB, and unmaps every block of 128 KB or more when it is
/// freed (its adaptive threshold moves only so far), so the next batch faults the same memory in
/// again and the kernel zeroes every page. Keeping up to 64 MB free and mapping only blocks of
/// 32 MB or more lets the process reuse what it freed.
enum HeapRetention {
    /// Applies the settings (the same each time, so calling again changes nothing). Returns
    /// whether the allocator took them: false where it is not glibc.
    @discardableResult
    static func apply() -> Bool { archive_retain_freed_heap(64 << 20, 32 << 20) == 1 }
}
