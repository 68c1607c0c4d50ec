import Foundation
import GRDB

/// Copies the write-ahead log into the database file on a thread and connection of its own while
/// an ingest writes, instead of on the writer's thread.
///
/// SQLite checkpoints on the connection that commits, once the log passes 1,000 pages: every
/// batch's commit then read back its 30-40 MB of log and wrote them into the database, and synced
/// both, before the writer could start the next batch. The writer is the ingest's bottleneck, and
/// that copying was a fifth of its time (kernel time in `pread`, `pwrite` and `fdatasync`). A
/// passive checkpoint on another connection runs beside the writer's next batch and never blocks
/// it.
///
/// SQLite starts the log over from its beginning only when a write transaction begins after every
/// frame was copied, and the writer begins its next batch at once: left alone, the log would grow
/// with the whole ingest. So once it is longer than `logLimit` frames, the writer waits for the
/// checkpoint in progress (by then only its last batch is left to copy) before its next batch,
/// which then starts the log over.
///
/// Durability is unchanged: in WAL mode a commit is in the log; a checkpoint only moves it.
final class BackgroundCheckpointer: @unchecked Sendable {
    private let connection: DatabaseQueue
    private let queue = DispatchQueue(label: "archive.checkpoint")
    private let lock = NSLock()
    private var running = false
    private var requestedAgain = false
    private var logFrames = 0
    /// Frames (pages) the log may hold before the writer waits for a checkpoint.
    let logLimit: Int

    /// Opens the checkpointer's own connection to the archive at `path`.
    /// - Parameter logLimit: 32,768 pages: 128 MB, three or four batches of an ingest.
    init(path: String, logLimit: Int = 32_768) throws {
        connection = try DatabaseQueue(path: path)
        self.logLimit = logLimit
    }

    /// Asks for a checkpoint of everything committed so far; returns at once. Requests made while
    /// one runs are merged into one more run after it.
    func request() {
        let start: Bool = lock.withLock {
            if running {
                requestedAgain = true
                return false
            }
            running = true
            return true
        }
        if start { queue.async { self.drain() } }
    }

    /// Waits for the checkpoints requested so far.
    func wait() {
        queue.sync {}
    }

    /// After a commit: asks for a checkpoint, and waits for it when the log is past `logLimit`
    /// (as of the last checkpoint), so that the next transaction starts the log over.
    func committed() {
        request()
        if lock.withLock({ logFrames }) > logLimit { wait() }
    }

    private func drain() {
        while true {
            // Passive: copies what no reader still needs, waits for no one, and is simply tried
            // again after the next batch if something was in the way.
            if let result = try? connection.writeWithoutTransaction({ try $0.checkpoint(.passive) }) {
                lock.withLock { logFrames = result.walFrameCount }
            }
            let again: Bool = lock.withLock {
                if requestedAgain {
                    requestedAgain = false
                    return true
                }
                running = false
                return false
            }
            if !again { return }
        }
    }
}
