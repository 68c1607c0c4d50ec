#if canImport(Glibc)
import Glibc
#endif

/// Extraction runs at a lower priority than the archive's single writer.
///
/// The writer is the ingest's bottleneck and one thread; extraction runs on every core and
/// always has a batch ahead. With both runnable on two cores, the scheduler gave the writer about
/// two thirds of a core, so batches were committed at the pace of a shared core while extraction
/// raced ahead only to wait. A higher nice value for the threads that run extraction tasks lets the
/// writer take its core when it needs it and leaves extraction every cycle the writer does not use.
/// On Linux the nice value belongs to the calling thread; elsewhere this does nothing.
enum WorkerPriority {
    /// The nice value of threads while they extract (0 is the default; 19 the lowest priority).
    static let extractionNice: Int32 = 5

    static func lowerForExtraction() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, extractionNice)
        #endif
    }
}
