import Foundation
import GRDB

/// Copies an ingest's committed pages from the write-ahead log into the database file on a
/// connection and thread of its own, while the writer goes on with the next batch.
///
/// SQLite's automatic checkpoint runs inside the commit that fills the log, on the writer's
/// thread: for a bulk load it read back and wrote again every page the writer had just written
/// (about 450 MB for 20,000 articles), with the syncs, while the writer is the ingest's
/// bottleneck and the other core has time to spare. During an ingest the writer's connection
/// turns it off (`begin`), and each commit asks for a passive checkpoint here instead, which
/// never waits for and never blocks the writer or readers.
///
/// A passive checkpoint cannot reset the log while the writer keeps adding to it, so the log
/// would grow for as long as the ingest runs. Once it passes `resetFrames` pages, the writer resets it
/// itself between two batches (`resetIfDue`): by then all but the last batch's pages are copied.
final class WALCheckpointer: @unchecked Sendable {
    /// Log pages (4 KB) after which the writer resets the log: 128 MB by default.
    let resetFrames: Int

    private let connection: DatabaseQueue?
    private let queue = DispatchQueue(label: "archive.checkpoint", qos: .utility)
    private let lock = NSLock()
    private var running = false
    private var pending = false
    private var logFrames = 0

    /// - Parameter path: the archive's file; nil (or a connection that cannot be opened) leaves
    ///   checkpoints to SQLite.
    init(path: String?, resetFrames: Int = 32_768) {
        self.resetFrames = resetFrames
        var config = Configuration()
        config.foreignKeysEnabled = false
        connection = path.flatMap { try? DatabaseQueue(path: $0, configuration: config) }
    }

    var isActive: Bool { connection != nil }

    /// Turns off the writer connection's automatic checkpoints (when this checkpointer can take over).
    func begin(on pool: DatabasePool) async throws {
        guard isActive else { return }
        try await pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
    }

    /// Gives checkpoints back to SQLite and copies what is left, so the log does not outlive the run.
    func end(on pool: DatabasePool) async throws {
        guard isActive else { return }
        waitUntilIdle()
        try await pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000")
            _ = try? db.checkpoint(.passive)
        }
    }

    /// Pages in the log at the last checkpoint.
    var framesInLog: Int { lock.withLock { logFrames } }

    /// Returns once the checkpoint under way, if any, is done.
    func waitUntilIdle() { queue.sync {} }

    /// Called after each commit: starts a checkpoint, or marks one to run after the current one.
    func committed() {
        guard let connection else { return }
        let start = lock.withLock {
            if running { pending = true; return false }
            running = true
            return true
        }
        guard start else { return }
        queue.async { [self] in
            while true {
                let frames = try? connection.inDatabase { try $0.checkpoint(.passive).walFrameCount }
                let again = lock.withLock {
                    if let frames { logFrames = frames }
                    if pending { pending = false; return true }
                    running = false
                    return false
                }
                if !again { return }
            }
        }
    }

    /// Before a batch: resets the log when it has grown past `resetFrames` (a restart checkpoint
    /// on the writer's connection, which copies the few pages still in the log first).
    func resetIfDue(on pool: DatabasePool) async throws {
        guard lock.withLock({ logFrames >= resetFrames }) else { return }
        try await pool.writeWithoutTransaction { db in
            // Busy (a reader still needs the log): tried again before the next batch.
            if (try? db.checkpoint(.restart)) != nil { self.lock.withLock { self.logFrames = 0 } }
        }
    }
}
