import Foundation
import GRDB
import Testing
@testable import ArchiveStore

/// During an ingest the writer's connection does not checkpoint: `BackgroundCheckpointer` copies
/// the log into the database file on its own connection, and keeps the log from growing with
/// the ingest.
@Suite struct BackgroundCheckpointerTests {
    static func archive() throws -> (DatabasePool, String) {
        let path = NSTemporaryDirectory() + "/checkpointer-\(UUID().uuidString).db"
        let pool = try ArchiveDatabase.open(path)
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
        try pool.write { try $0.execute(sql: "CREATE TABLE filler(x BLOB)") }
        return (pool, path)
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    static func size(_ path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    /// Commits about `pages` pages of new rows.
    static func commit(pages: Int, in pool: DatabasePool) throws {
        try pool.write { db in
            for _ in 0..<pages { try db.execute(sql: "INSERT INTO filler VALUES (randomblob(3900))") }
        }
    }

    @Test func aRequestedCheckpointMovesCommittedPagesIntoTheDatabaseFile() throws {
        let (pool, path) = try Self.archive()
        defer { Self.remove(path) }
        let checkpointer = try BackgroundCheckpointer(path: path)
        try Self.commit(pages: 200, in: pool)
        let before = Self.size(path)
        // Nothing has checkpointed: the rows are in the log only.
        #expect(Self.size(path + "-wal") > 200 * 4096)
        checkpointer.request()
        checkpointer.wait()
        #expect(Self.size(path) >= before + 200 * 4096)
    }

    @Test func pastItsLimitTheLogStartsOverInsteadOfGrowingWithTheIngest() throws {
        let (pool, path) = try Self.archive()
        defer { Self.remove(path) }
        let checkpointer = try BackgroundCheckpointer(path: path, logLimit: 100)
        for _ in 0..<20 {
            try Self.commit(pages: 50, in: pool)
            checkpointer.committed()
        }
        checkpointer.wait()
        // 20 commits of 50 pages: a log that never started over would hold 1,000 pages. The file
        // keeps its longest length; the limit is checked as of the last finished checkpoint, which
        // may lag a few quick commits behind.
        let logPages = Self.size(path + "-wal") / 4096
        #expect(logPages < 600)
        #expect(Self.size(path) > 1000 * 4096)
    }
}
