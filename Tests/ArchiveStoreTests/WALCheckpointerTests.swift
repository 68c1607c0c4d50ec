import Foundation
import GRDB
import Testing
@testable import ArchiveStore

/// During an ingest, commits are copied into the database file by a connection of their own, and
/// the log is reset once it grows past its limit.
@Suite struct WALCheckpointerTests {
    private func size(_ path: String) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
    }

    private func insert(_ rows: Int, into pool: DatabasePool) async throws {
        try await pool.write { db in
            for i in 0..<rows {
                try db.execute(sql: "INSERT INTO sources(name) VALUES (?)", arguments: ["source \(UUID().uuidString) \(i)"])
            }
        }
    }

    @Test func commitsAreCopiedInTheBackgroundAndTheLogIsResetPastItsLimit() async throws {
        let path = NSTemporaryDirectory() + "/checkpoint-\(UUID().uuidString).db"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pool = try ArchiveDatabase.open(path)
        let checkpointer = WALCheckpointer(path: path, resetFrames: 20)
        #expect(checkpointer.isActive)
        try await checkpointer.begin(on: pool)
        #expect(try await pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA wal_autocheckpoint") } == 0)
        try await insert(2000, into: pool)
        // The writer no longer copies its pages into the database file: the checkpointer does.
        let before = try size(path)
        checkpointer.committed()
        checkpointer.waitUntilIdle()
        #expect(try size(path) > before)
        let frames = checkpointer.framesInLog
        #expect(frames > 20)
        // A batch committed after that checkpoint keeps the log from restarting by itself...
        try await insert(500, into: pool)
        // ...so past the limit the next batch first resets it, and the log starts again from its first page.
        try await checkpointer.resetIfDue(on: pool)
        try await insert(1, into: pool)
        checkpointer.committed()
        checkpointer.waitUntilIdle()
        #expect(checkpointer.framesInLog < 20)
        try await checkpointer.end(on: pool)
        #expect(try await pool.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA wal_autocheckpoint") } == 1000)
    }
}
